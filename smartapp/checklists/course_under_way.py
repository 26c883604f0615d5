"""Whether an episode of therapy is a course under way, not one completed (``finished``).

Work conditioning follows a completed course of acute therapy (work-conditioning-candidates);
therapy whose plan of care still runs when the next level of care is asked for is a course
begun, not completed: "POC: 2x/wk x 6 wks (12 visits) through 8/5/26" at the evaluation, then
"PT 4 visits so far" in the 7/15 note asking for work conditioning (blind wave 36, DV/work-02:
three weeks and four visits met OCC-002's floor of sessions and days; the reviewer: "acute PT in
progress, not completed"). A plan of care ended early is said to be so ("discharged from PT",
"completed PT", "plateaued", "failed"): then the course is over whatever its plan said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .. import lazy_re
from .care_piece import Piece
from .plan_through import through_periods

#: The words that end a course before its plan's last day (or say it was tried and failed).
_ENDED = lazy_re.compile(
    r"\b(?:completed|finished|discharged|d/c(?:'?d)?|plateau\w*|failed|graduated|stopped|"
    r"quit|no longer)\b",
    re.IGNORECASE,
)
#: A plan of care the words name: "POC", "plan of care", "certification".
_PLAN = lazy_re.compile(r"\b(?:poc|plan of care|cert(?:ification|ified)?)\b", re.IGNORECASE)


def plan_runs_past(pieces: Iterable[Piece], ordered: date) -> date | None:
    """The last day of a therapy plan of care among ``pieces`` that runs past ``ordered`` (the
    day the next care was asked for), unless a statement of the episode says the course ended;
    None when the course is not shown under way."""
    said = [p.citation["snippet"] for p in pieces]
    if any(_ENDED.search(text) for text in said):
        return None
    ends = [
        end for text in said if _PLAN.search(text)
        for _start, end in through_periods(text, date.min) if end > ordered
    ]  # fmt: skip
    return max(ends, default=None)
