"""No-shows counted beside the visits held: the visits missed of a course had, not the course.

"Interval: PT 2x/wk since 12/29 (11 visits, 1 no-show), naproxen." (blind wave 103, OE/aio-01)
tells of eleven therapy visits kept and one missed. ConText's "no-show" denied the PT, and
care_had.correct_care_flags denied every care the statement named, so the naproxen beside it
read as never taken and a knee MRI's six weeks of PT and an NSAID as no care at all. A count of
no-shows ("1 no-show", "2 no-shows", "no-shows x2", "missed 1 visit") beside a larger count of
visits held (session_counts.session_count: not visits referred, authorized, scheduled, or
themselves the ones missed) is that course's missed visits: the therapy was had, and a drug the
statement names is denied only by words of its own ("never took naproxen"), as a missed
appointment takes no pill away.

Not a no-show with no count of visits held ("no-showed 3/16, 3/19", "referred for 12 visits, 2
no-shows"), nor one that missed as many as were counted ("3 visits, 3 no-shows").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .bracket_denials import denied_in_bracket_after
from .cues import NO_SHOW
from .session_counts import session_count

#: How many visits were missed: "1 no-show", "2 no-shows", "no-shows x2", "no-show: 1", "missed
#: 2 visits", "2 missed visits", "1 missed appt".
_MISSED_COUNT = lazy_re.compile(
    r"(?<![\d/.])\b(?P<a>[1-9]\d?)\s+(?:no[- ]?shows?|missed\s+(?:visits?|sessions?|appts?|"
    r"appointments?))\b"
    r"|\bno[- ]?shows?\s*(?:x|:|=|-)\s*(?P<b>[1-9]\d?)\b(?!/)"
    r"|\bmissed\s+(?P<c>[1-9]\d?)\s+(?:visits?|sessions?|appts?|appointments?)\b",
    re.IGNORECASE,
)


def missed_beside_held(statement: str) -> bool:
    """Whether ``statement``'s no-show words count visits missed beside more visits held
    (module doc), so that they deny none of the care it names."""
    if not NO_SHOW.search(statement):
        return False
    counts = [int(m.group("a") or m.group("b") or m.group("c")) for m in
              _MISSED_COUNT.finditer(statement)]  # fmt: skip
    return bool(counts) and session_count(statement) > max(counts)


def denied_only_by_no_show(ent: Any) -> bool:
    """Whether every ConText denial of ``ent`` (a spaCy target) is a no-show word: nothing but
    the missed visits denies it ("(11 visits, 1 no-show), naproxen"); a bracket of denial
    after it ("naproxen (denied)") is its own."""
    denials = [
        ent.doc[slice(*m.modifier_span)].text
        for m in ent._.modifiers
        if m.category == "NEGATED_EXISTENCE"
    ]
    if denied_in_bracket_after(ent.doc.text, ent.end_char):
        return False
    return all(NO_SHOW.fullmatch(d.strip(" -,.;:()")) for d in denials)
