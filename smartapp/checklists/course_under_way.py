"""Whether an episode of therapy is a course under way, not one completed (``finished``).

Work conditioning follows a completed course of acute therapy (work-conditioning-candidates);
therapy whose plan of care still runs when the next level of care is asked for is a course
begun, not completed: "POC: 2x/wk x 6 wks (12 visits) through 8/5/26" at the evaluation, then
"PT 4 visits so far" in the 7/15 note asking for work conditioning (blind wave 36, DV/work-02:
three weeks and four visits met OCC-002's floor of sessions and days; the reviewer: "acute PT in
progress, not completed"). A plan of care ended early is said to be so ("discharged from PT",
"completed PT", "plateaued", "failed"): then the course is over whatever its plan said.

The course's latest statements may say it runs on without a plan's last day: "PT daily note -
visit 5 of 12", then "Current: PT ongoing since 3/10 (5 visits)" two days before a request for
work hardening "in parallel with PT" (blind wave 77, KH/occupational-work-rehab-03: five visits
over 37 days met OCC-002's floor). Visits left of a planned count, or therapy said to go on now
("PT in progress", "currently attending PT", "continue PT"), is a course under way; a symptom
that goes on ("Pt continues to have pain") is not, nor is another injury's "PT done".
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
#: Visits left of a planned count: "visit 5 of 12", "tx #5 of 12", "5 of 12 authorized PT
#: visits" (the first number below the second; "visit 5 of 5" is the last).
_OF_COUNT = lazy_re.compile(
    r"\b(?:(?:visit|session|tx|treatment|appt)\s*#?\s*(?P<n>\d{1,2})\s+of\s+(?P<m>\d{1,2})\b"
    r"|(?:(?:completed|finished|attended)\s+)?(?P<n2>\d{1,2})\s+of\s+(?P<m2>\d{1,2})\s+(?:\w+\s+){0,2}(?:visits|sessions|treatments)\b)",
    re.IGNORECASE,
)
#: Therapy said to go on now, by its name then the word ("PT ongoing", "PT: in progress") or the
#: word then its name ("currently attending PT", "continue PT per POC", "cont PT"). "Pt" is also
#: the patient: "Pt continues to have pain" is a symptom going on, so the verb may not take "to".
_THERAPY = r"(?:pt|ot|physical\s+therapy|occupational\s+therapy|therapy|poc|plan\s+of\s+care)"
_GOING = lazy_re.compile(
    rf"\b{_THERAPY}\s*[:(,-]?\s*(?:ongoing|in\s+progress)\b"
    rf"|(?<!\bnot\s)(?<!\blonger\s)\b(?:ongoing|currently\s+(?:in|attending|doing)|still\s+(?:in|"
    rf"attending|doing)|continu(?:es|ing)(?!\s+to\b)|continue|cont\.?)\s+(?:with\s+)?"
    rf"(?:formal\s+|outpatient\s+)?{_THERAPY}\b",
    re.IGNORECASE,
)
#: A plan of care the words name: "POC", "plan of care", "certification".
_PLAN = lazy_re.compile(r"\b(?:poc|plan of care|cert(?:ification|ified)?)\b", re.IGNORECASE)


def plan_runs_past(pieces: Iterable[Piece], ordered: date) -> date | None:
    """The last day of a therapy plan of care among ``pieces`` that runs past ``ordered`` (the
    day the next care was asked for), unless a statement of the episode says the course ended;
    None when the course is not shown under way."""
    pieces = list(pieces)
    said = [p.citation["snippet"] for p in pieces]
    if any(_ENDED.search(_OF_COUNT.sub("", text)) for text in said):
        return None  # "completed 5 of 12 visits" ends nothing: its visits are left
    last = max((p.end for p in pieces), default=None)
    if any(said_going(p.citation["snippet"]) for p in pieces if p.end == last):
        return max(last, ordered)  # under way on its latest day: no plan's end given
    ends = [
        end for text in said if _PLAN.search(text)
        for _start, end in through_periods(text, date.min) if end > ordered
    ]  # fmt: skip
    return max(ends, default=None)


def said_going(text: str) -> bool:
    """Whether ``text`` says a course of therapy goes on: visits left of its planned count, or
    the therapy said ongoing ("PT in progress", "currently attending PT")."""
    for match in _OF_COUNT.finditer(text):
        done, planned = int(match["n"] or match["n2"]), int(match["m"] or match["m2"])
        if 0 < done < planned:
            return True
    return bool(_GOING.search(text))
