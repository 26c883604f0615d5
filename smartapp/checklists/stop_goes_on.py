"""A course begun on a date and stopped in the statement after it: "AZA 150 mg daily started
7/6/26, TPMT normal; stopped 8/31 because pt 'didn't feel any better'" (blind wave 29, DA/inf-02).

The statement cutter ends the drug's statement at the semicolon, so "started 7/6/26" read as
"since 7/6" ran the course on to the note's day (98 days of azathioprine where the note says
eight weeks). A statement that carries on the drug's line, naming nothing else before its stop
(its subject at most: "pt stopped it 8/31"), stops that course: where its date says, or the
weeks it gives from the start. Not a stop of another item ("; MTX stopped 8/31"), nor care
taken up again after ("stopped 6/1 for GI upset, restarted 6/20").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.cues import CARE_STOPPED
from .stop_dates import stop_date

#: The break between the drug's statement and the next, then at most the next one's subject.
CARRIES_ON = lazy_re.compile(
    r"^\s*[;,.]\s*(?:(?:then|but|and|pt|patient|she|he|they|was|were|had|has|been|later|"
    r"eventually|self)\W+)*",
    re.IGNORECASE,
)
#: Taken up again after the stop.
_RESUMED = lazy_re.compile(
    r"\b(?:restarted|resumed|re-?started|back on|continues|continuing)\b", re.I
)


def after_the_statement(finding: Any, rest_of_line: str) -> tuple[str, str] | None:
    """(the rest of ``finding``'s own statement after its words, the line's words after that
    statement), or None when the statement cannot be found on the line (``rest_of_line``: the
    note's words after the finding to the end of its line)."""
    snippet = finding.snippet
    at = snippet.lower().find((finding.text or "").lower())
    if at < 0:
        return None
    tail = snippet[at + len(finding.text or "") :].rstrip()
    where = rest_of_line.find(tail) if tail else 0
    if where < 0:
        return None
    return tail, rest_of_line[where + len(tail) :]


def stopped_after(finding: Any, rest_of_line: str, note_date: date, start: date) -> date | None:
    """The day the statement after ``finding``'s (``rest_of_line``: the note's words after the
    finding to the end of its line) says the course begun on ``start`` stopped; None when it
    does not say so, or dates no stop after ``start``."""
    split = after_the_statement(finding, rest_of_line)
    if split is None:
        return None
    following = split[1]
    opening = CARRIES_ON.match(following)
    if opening is None or not re.match(r"\s*[;,.]", following):
        return None
    stop = CARE_STOPPED.match(following, opening.end())
    if stop is None or _RESUMED.search(following, stop.end()):
        return None
    when = stop_date(following, stop.start(), note_date, start)
    if when is None or not when[0] or when[1] <= start:
        return None
    return when[1]
