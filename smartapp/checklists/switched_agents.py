"""A drug begun on a date and switched to another drug on a later one: its course ends there.

"Aza 150 mg started 1/5/26, TPMT normal, 'not working' -> switched to 6-MP 3/2/26" (blind wave
97, NJ/injectable-infliximab-02) is eight weeks of azathioprine, then 6-MP: the statement gives
the azathioprine its start only, so "started 1/5/26" read as "since 1/5" ran it on to the note's
day (91 days) and met infliximab's twelve weeks of one conventional agent. Step therapy is
judged per drug (INF-002, ``per_modality``); a drug left for another for lack of effect is a
trial that ended that day, and the two drugs' weeks are not one trial.

A switch ends the course only when the words after the verb name *another* drug of the same
vocabulary (the category's target phrases of another concept, none of this drug's own): "changed
to 25 mg", "switched to SC", "switched to SC MTX" are the same agent's dose, route or form, whose
trial goes on. Only a date written after the drug's start and by the note's day ends it; an
undated switch leaves the course as the statement gives it. The drug switched to is begun on
the switch's date and taken on from there, unless a stop is said ("switched to leflunomide
12/1/25, continues" is four months of leflunomide by April, not the switch's day alone). The
next statement's stop is stop_goes_on.py; an open order a later note says was replaced is
stopped_orders.py. Only where drugs are judged apart (``per_modality``): joined into one
episode, a switch changes no span.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from .. import lazy_re
from ..notes.written_dates import find_dates
from .stop_goes_on import CARRIES_ON, after_the_statement

#: The verb of a switch to another drug, and what may stand between it and the drug's name.
_SWITCH = lazy_re.compile(
    r"\b(?:(?:was|were|then|later|eventually|pt|patient)\s+)*"
    r"(?:switched|changed|converted|transitioned|swapped|moved|transferred)(?:\s+over)?\s+"
    r"(?:to|->|→)\s*"
    r"|\breplaced\s+(?:by|with)\s+",
    re.IGNORECASE,
)
#: The switch right before a drug's name, but for its route or form ("switched to SC 6-MP").
_SWITCH_INTO = lazy_re.compile(rf"(?:{_SWITCH.pattern})(?:[\w.-]+\s+){{0,2}}$", re.IGNORECASE)
#: The clause the switch's target and date belong to ends at a sentence's end or a semicolon.
_CLAUSE_END = lazy_re.compile(r";|\.(?=\s+[A-Z])|\.\s*$|\n")
#: A switch asked about, to come or only weighed: "if no response, switch to 6-MP 3/2".
_NOT_YET = lazy_re.compile(
    r"\b(?:if|will|would|may|might|could|should|plan(?:s|ning)?|consider\w*|unless|to be)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


#: The words right before the drug that name it as the one left: "from", "off", "instead of".
_LEFT = lazy_re.compile(
    r"\b(?:from|off(?:\s+of)?|instead\s+of|in\s+place\s+of|replacing)\s*$", re.IGNORECASE
)


#: The next statement's other drug put in this one's place: "; 6-MP substituted 3/2/26",
#: "; leflunomide started 3/2 instead", "; MTX in its place from 3/2".
_IN_ITS_PLACE = lazy_re.compile(
    r"^\s*[;,.]\s*(?P<drug>[^;.,]{2,40}?)\s+(?:was\s+)?(?:substituted|(?:started|begun|given)\s+"
    r"(?:instead|in (?:its|their) place)|in (?:its|their) place|instead)\b",
    re.IGNORECASE,
)


@cache
def _vocabulary(category: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(concept, a pattern of its names) for each concept of ``category``'s target vocabulary."""
    from ..notes.findings import load_targets

    out = []
    for concept, phrases in (load_targets().get(category) or {}).items():
        names = sorted({p.lower() for p in phrases if isinstance(p, str)}, key=len, reverse=True)
        if names:
            alternatives = "|".join(re.escape(n) for n in names)
            out.append((concept, re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)))
    return tuple(out)


def _names_another(target: str, finding: Any) -> bool:
    """Whether ``target`` names a drug of another concept and not ``finding``'s own drug."""
    own = False
    other = False
    for concept, pattern in _vocabulary(finding.category):
        if not pattern.search(target):
            continue
        if concept == finding.concept or pattern.search(finding.text or ""):
            own = True
        else:
            other = True
    return other and not own


def switched_on(finding: Any, rest_of_line: str, note_date: date, start: date) -> date | None:
    """The day the words after ``finding``'s drug (``rest_of_line``: to the end of its line)
    say it was switched to another drug, when that is after ``start`` and by ``note_date``;
    None when they name no switch, or to the same drug, or give it no date."""
    # The drug's own statement, then the next one when it carries on the drug's line naming
    # nothing else before the switch ("Aza started 1/5; switched to 6-MP 3/2"): stop_goes_on.py.
    split = after_the_statement(finding, rest_of_line)
    if split is None:
        return None
    tail, following = split
    switch = _SWITCH.search(tail)
    text = tail
    if switch is None or _NOT_YET.search(tail[: switch.start()]):
        opening = CARRIES_ON.match(following)
        if opening is None or not re.match(r"\s*[;,.]", following):
            return None
        switch, text = _SWITCH.match(following, opening.end()), following
        if switch is None:
            return _substituted_on(finding, following, note_date, start)
    clause = text[switch.end() :]
    end = _CLAUSE_END.search(clause)
    clause = clause[: end.start()] if end else clause
    dates = find_dates(clause, note_date)
    if not dates:
        return None
    # The drug switched to is named before its date ("to 6-MP 3/2/26", "to leflunomide on 3/2").
    if not _names_another(clause[: dates[0].start], finding):
        return None
    when = dates[0].when
    return when if start < when <= note_date else None


def switched_into(finding: Any) -> bool:
    """Whether ``finding``'s drug is the one switched to ("switched to 6-MP 3/2/26"): begun on
    the date its words give and taken on from there, as "started 6-MP 3/2/26" is."""
    snippet = finding.snippet
    at = snippet.lower().find((finding.text or "").lower())
    before = snippet[:at] if at > 0 else ""
    switch = _SWITCH_INTO.search(before)
    if switch is None or _NOT_YET.search(before[: switch.start()]):
        return False
    # "Changed to 6-MP from Aza 3/2": the drug after "from" is the one left, its date the day it
    # ended (brief s86-stops), not a course begun then and taken on to the note.
    return _LEFT.search(before) is None


def _substituted_on(finding: Any, rest_of_line: str, note_date: date, start: date) -> date | None:
    """The day the next statement puts another drug in this one's place ("Azathioprine started
    1/5/26; 6-MP substituted 3/2/26 because of nausea"), on the same terms as a switch."""
    placed = _IN_ITS_PLACE.match(rest_of_line)
    if placed is None or not _names_another(placed.group("drug"), finding):
        return None
    end = _CLAUSE_END.search(rest_of_line, placed.end())
    dates = find_dates(rest_of_line[placed.start("drug") : end.start() if end else None], note_date)
    when = dates[0].when if dates else None
    return when if when is not None and start < when <= note_date else None
