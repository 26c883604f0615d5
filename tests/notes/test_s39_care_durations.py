"""A duration written after a course of care is the care's, not the symptom's (noticed beside
blind wave 39). "Back pain, did chiro x 3 wks" gave the back pain three weeks: the words that
send a duration to the care (PT, meds, "program", "visits") did not know chiropractic,
acupuncture or massage, though the note reader's targets do. The nearest subject decides: care
before the duration with no symptom between takes it; "seen by PT for LBP x 8 wks" and "back
pain x 8 wks, chiro x 3 wks" keep the pain's weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = dt.date(2026, 4, 6)


def _symptom_days(text: str) -> list[int]:
    found = find_findings([NoteInput("DocumentReference/t1", text, _DAY)])
    return sorted(f.duration_days for f in found if f.category == "symptom-duration")


@pytest.mark.parametrize(
    "text",
    [
        "Low back pain, did chiro x 5 wks without relief.",
        "Neck pain - chiropractic manipulation x 6 weeks, no better.",
        "R shoulder pain, acupuncture x 4 wks, minimal change.",
    ],
)
def test_the_weeks_of_a_course_of_care_are_not_the_symptom_s(text: str) -> None:
    assert _symptom_days(text) == [], text


def test_a_symptom_named_nearer_the_duration_keeps_it() -> None:
    assert _symptom_days("Seen by chiro for low back pain x 8 wks.") == [56]
    assert _symptom_days("Low back pain x 9 wks, chiro x 3 wks.") == [63]
