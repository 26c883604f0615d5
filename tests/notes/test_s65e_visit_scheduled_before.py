"""A visit its statement opens as one still to come is no visit held (probe class, s65-e).

"Next f/u 12/1 (in person)", "RTC 4 wks, in-person" and "Next appt: in-person, 8/15." read as
the face-to-face visit held: the modality's own words ("in person") were the finding, and what
put the visit ahead ("Next", "RTC", "scheduled") was written before them, across a comma or a
bracket, where neither the visit's date nor its time ahead was read (visits_to_come). A gap called
met is the worst error: the PA goes out without the visit. "Seen in person today", "In-person
visit 7/2", a visit held before its return is written ("Pt seen in-person, RTC 4 wks.") and a
visit note's title ("Follow-up visit (in person)") still count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_NOTE_DAY = dt.date(2026, 7, 28)


def _visits(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text, date=_NOTE_DAY)])
    return [f.text for f in found if f.category == "face-to-face" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Next f/u 12/1 (in person)",
        "RTC 4 wks, in-person",
        "will see in person after MRI",
        "Next appt: in-person, 8/15.",
        "Next visit 11/3 - in person w/ Dr. Reyes",
        "F/u 6 wks in person to review ONO.",
        "RTC in 3 mo (in-person).",
        "Scheduled for in-person eval 12/10.",
        "nxt appt 1/5, in person",
        "Upcoming office visit 12/1 with pulm.",
        "Plan to see in person once sleep study resulted.",
        "f/u visit booked for 11/20, in person",
    ],
)
def test_a_visit_its_statement_puts_ahead_is_still_to_come(text: str) -> None:
    assert not _visits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen in person today",
        "In-person visit 7/2",
        "Pt seen in-person, RTC 4 wks.",
        "Follow-up visit (in person)",
        "DM f/u (in office).",
        "In person visit today; next f/u 3 mo.",
        "Office visit 7/20: pt seen in person, exam below.",
        "Pulmonary NP visit 7/7/26 (in clinic). Next appt 10/15.",
    ],
)
def test_a_visit_held_still_counts(text: str) -> None:
    assert _visits(text), text
