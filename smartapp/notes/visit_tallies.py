"""A bracketed tally of a course's visits qualifies the count, not what the note is.

A therapy report is headed with where it falls in the course: "PT progress note / re-eval visit
10 of authorized (14 scheduled, 4 no-shows/cxl)" (blind wave 106, OL/therapy-pt-ot-chiro-01).
ConText read the bracket's "scheduled" backward and its "no-shows" both ways onto the report
named before it, so the progress report and re-evaluation done that day were read as still to
come and as not done, and the 60-day re-evaluation clock ran from the evaluation before them.
The bracket counts visits booked and missed; it says nothing of the report.

So a cue inside a bracket that opens after the finding and holds only such a tally — counts of
visits scheduled, kept, missed or cancelled, at least one of them a count of visits missed,
cancelled or kept — does not modify the finding. A bracket with a count of visits booked alone
("Re-eval (2 scheduled)") or a day ("Re-eval (scheduled 4/2)") still does: that is the report
still to come.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .bracket_denials import open_bracket_at

#: What a count in a tally counts: visits booked or set ...
_BOOKED = r"scheduled|booked|authori[sz]ed|approved|planned|remaining|left|total"
#: ... or visits kept, missed or cancelled: the course so far.
_TOLD = (
    r"no[- ]?shows?|no[- ]?showed|cxl|cx|cancell?ed|cancell?ations?|missed|attended|kept|held|"
    r"completed|done|used"
)
_WORD = rf"(?:{_BOOKED}|{_TOLD})"
_UNIT = r"(?:\s+(?:visits?|sessions?|appts?|appointments?|tx))?"
#: One count: "14 scheduled", "4 no-shows/cxl", "10 visits attended", "2 cancelled visits".
_ITEM = rf"\d{{1,3}}{_UNIT}\s+{_WORD}(?:\s*/\s*{_WORD})*{_UNIT}(?:\s+of\s+\d{{1,3}})?"
_TALLY = lazy_re.compile(rf"\s*{_ITEM}(?:\s*(?:[,;]|and)\s*{_ITEM})*\s*", re.IGNORECASE)
_TOLD_ITEM = lazy_re.compile(rf"\d{{1,3}}{_UNIT}\s+(?:{_TOLD})\b", re.IGNORECASE)
_CLOSE = {"(": ")", "[": "]"}


def tally_bracket(text: str, at: int, after: int) -> bool:
    """Whether position ``at`` of ``text`` lies inside a bracket opened at or after ``after``
    (a finding's end) that holds only a tally of visits (module doc)."""
    opened = open_bracket_at(text, at)
    if opened is None or opened[1] < after:
        return False
    char, where = opened
    close = text.find(_CLOSE[char], where + 1)
    if close < 0:
        return False
    inside = text[where + 1 : close]
    return bool(_TALLY.fullmatch(inside)) and bool(_TOLD_ITEM.search(inside))


def tallied_only(ent: Any, categories: frozenset[str]) -> bool:
    """Whether every ConText modifier of ``ent`` of these ``categories`` is a word of a visit
    tally in a bracket after it, and there is at least one."""
    text = ent.doc.text
    cues = [ent.doc[slice(*m.modifier_span)] for m in ent._.modifiers
            if m.category in categories]  # fmt: skip
    return bool(cues) and all(tally_bracket(text, cue.start_char, ent.end_char) for cue in cues)
