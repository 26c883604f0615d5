"""A duration led in by "after", "despite", "failed" ... and followed by the care it times is
the care's, not the symptom's (blind wave 93, MT/lumbar-mri-03). A late entry's "L leg pain
persists after 3 wks chiro + 4 wks PT + ibuprofen" gave the leg pain three weeks, an onset
two months after the problem list's, which LMRI-002 took over it. Near misses keep the pain's
weeks: a duration with no care next to it, care after a clause break, care named with no lead-in
word ("LBP x 8 wks PT not helping")."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = dt.date(2026, 4, 20)


def _symptom_days(text: str) -> list[int]:
    found = find_findings([NoteInput("DocumentReference/t1", text, _DAY)])
    return sorted(f.duration_days for f in found if f.category == "symptom-duration")


@pytest.mark.parametrize(
    "text",
    [
        "S: L leg pain persists after 3 wks chiro + 4 wks PT + ibuprofen.",
        "Back pain no better despite 6 weeks of PT.",
        "LBP unchanged following 4 wks of formal PT.",
        "Neck pain, failed 8 wks physical therapy.",
        "R knee pain persists after about 5 weeks of home exercises.",
    ],
)
def test_the_weeks_of_the_care_after_them_are_not_the_symptom_s(text: str) -> None:
    assert _symptom_days(text) == [], text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Back pain x 8 wks, PT helped a little.", [56]),
        ("L leg pain x 6 wks despite PT.", [42]),
        ("Back pain began after 3 wks of heavy lifting at work.", [21]),
        ("LBP x 8 wks PT not helping.", [56]),
    ],
)
def test_the_symptom_keeps_weeks_no_care_follows(text: str, days: list[int]) -> None:
    assert _symptom_days(text) == days, text
