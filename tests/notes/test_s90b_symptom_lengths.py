"""A symptom's length written straight after its name ("LBP 2 mo.": blind wave 107,
OQ/lmri-02), read by symptom_lengths.py; and the two terse forms of the same wave read by note
targets: "Work inj 2/18/26:" (OQ/work-02) and "Falls x3 since Thanksgiving with walker"
(OR/wheelchair-02)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.symptom_lengths import symptom_lengths


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("LBP 2 mo. Rx cyclobenzaprine 3/16.", 60),
        ("Neck pain 3 wks, worse with turning.", 21),
        ("Sciatica ~10 wks; no red flags.", 70),
        ("R knee pain 4 months", 120),
    ],
)
def test_the_length_after_the_symptom(text: str, days: int) -> None:
    assert [d for _, _, d in symptom_lengths(text)] == [days]


@pytest.mark.parametrize(
    "text",
    [
        "f/u LBP 6 wks.",
        "Recheck back pain 4 wks.",
        "RTC knee pain 2 mo.",
        "No LBP 2 mo.",
        "LBP resolved 2 mo.",
        "LBP 2 wks post-op.",
        "Back pain x 2 mo.",  # durations.py's own "x"
    ],
)
def test_no_terse_symptom_length(text: str) -> None:
    assert symptom_lengths(text) == []


def _found(text: str, category: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 30))])
    return any(f.category == category and f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Work inj 2/18/26: CNA at Maple Grove nursing home, R shoulder strain.",
        "Job inj 3/4/26 - lifting boxes.",
        "WC inj: 2/2/2026, back.",
        "Inj date 2/18/26.",
    ],
)
def test_inj_dated_is_a_date_of_injury(text: str) -> None:
    assert _found(text, "work-injury", "date-of-injury"), text


@pytest.mark.parametrize(
    "text",
    ["Inj 3/1/26: L4-5 ESI.", "No work inj 2/18/26.", "Husband's work inj 2/18/26."],
)
def test_no_date_of_injury(text: str) -> None:
    assert not _found(text, "work-injury", "date-of-injury"), text


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Falls x3 since Thanksgiving with walker.", True),
        ("Fell 2x in Jan w/ rollator.", True),
        ("Falls x3 before he got a walker.", False),
        ("Fell x2 in 2024 now walks safely with walker.", False),
        ("Risk of falls x3 with walker.", False),
        ("Mother falls x3 since Thanksgiving with walker.", False),
        ("Falls x3 since Thanksgiving with walker if he gets one.", False),
    ],
)
def test_falls_counted_before_the_device(text: str, met: bool) -> None:
    assert _found(text, "clinical-notes", "cane-walker-insufficient") is met, text
