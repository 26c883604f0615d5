"""A cane, walker or crutches used until a time and given up, the reason told past a semicolon.

A device used in the past and given up because of falls or an inability has been tried and has
failed (NCD 280.3 B: a cane or walker that cannot resolve the limitation): "Walked short distances
w/ forearm crutches/walker until spring; now knees buckle, 3 falls since June" (KC/wheelchair-03).
The statement cut at the semicolon leaves the use ("... walker until spring") in one statement
and the reason ("now knees buckle, 3 falls since June") in the next, so no target pattern, which
reads one statement, sees both; targets.yaml reads the same thing said in one statement ("was
using rollator until Sept, fell x4"). This reads the use at its statement's end and the reason in
the statement right after it.

Near misses that stay unread: a reason denied, only feared or supposed ("until spring; no falls
since", "until PT eval; if falls recur ..."), a device given up because it was no longer needed
("until June; walks unaided now"), and an inability of something else ("until her hip healed;
unable to drive").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lazy_re

#: The finding a device given up for a reason makes: WHC-003's "cane or walker insufficient".
LABEL = "clinical-notes|cane-walker-insufficient"

#: The device's use, ended at a time, closing its statement: "w/ forearm crutches/walker until
#: spring", "used a rollator till Sept 2026", "cane thru March".
_USE_ENDED = lazy_re.compile(
    r"\b(?:canes?|walkers?|rollators?|crutch(?:es)?|fww|4ww|quad\s+cane)\b[^.;]{0,20}?"
    r"\b(?:until|till|til|up\s+to|thru|through)\b[^.;:]{1,30}?\s*$",
    re.IGNORECASE,
)
#: The reason in the next statement: falls, legs that buckle, an inability to walk or hold the
#: device. Not after a denial, a condition or a fear in the same clause.
_REASON = lazy_re.compile(
    r"^\s*;\s*(?:(?!\b(?:no|not|never|denies|denied|without|zero|none|if|would|could|might|"
    r"may|risk|fear|afraid|unless)\b)[^.;]){0,40}?"
    r"(?:(?<!\bno\s)(?<!\b0\s)\bfalls\b(?!\s+risk)|\bfell\b|"
    r"\b(?:knees?|legs?)\s+(?:buckl\w*|gives?\s+(?:out|way)|gave\s+(?:out|way))|"
    r"\b(?:unable\s+to|cannot|can't|could\s+not|couldn't|too\s+weak\s+to|no\s+longer\s+able\s+to)"
    r"\s+(?:\w+\s+){0,2}?(?:walk|stand|ambulate|use|bear|grip|hold|manage|steer|push|lift|"
    r"balance)\w*)\b",
    re.IGNORECASE,
)


def given_up(statement: str, rest: str) -> Iterator[re.Match[str]]:
    """The device's use in ``statement`` (its match, for the pattern flags) when the statement
    ends with it and ``rest``, the note's text right after the statement, opens with a
    semicolon and the reason it was given up."""
    match = _USE_ENDED.search(statement)
    if match and _REASON.match(rest):
        yield match
