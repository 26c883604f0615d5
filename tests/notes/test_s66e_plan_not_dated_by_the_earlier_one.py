"""A repeat's plan is not dated by the earlier procedure it names, found by blind wave 69
(JD/pain-spinal-injections-02): "Plan: repeat bilat L4-5, L5-S1 RFA under fluoroscopy (second
session in 12 mo: 11/2025 was first)" dated the planned ablation 11/2025, so IPN-010 found no
injection plan in the 60 days before the request. A date the plan says "was first/the last/
done" is the earlier one's; a date the plan gives itself still dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

NOTE_DAY = dt.date(2026, 9, 8)


def _plan_dates(text: str) -> list[dt.date | None]:
    notes = [NoteInput("DocumentReference/p1", text, NOTE_DAY)]
    return [f.when for f in find_findings(notes) if f.concept == "spine-injection-plan"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan: repeat bilat L4-5, L5-S1 RFA under fluoroscopy (second session in 12 mo: "
        "11/2025 was first).",
        "Plan: repeat R L5-S1 TFESI; 3/2026 was the last one.",
        "Plan - repeat lumbar RFA (11/12/25 was the prior session).",
        "P: repeat MBB, 8/2026 was done with 80% relief.",
        "plan repeat ESI, 2/2026 was her initial injection",
        "Plan: bilateral RFA L3-5 again, 10/2025 was performed at L3-5 with good relief.",
    ],
)
def test_the_earlier_ones_date_does_not_date_the_plan(text: str) -> None:
    dates = _plan_dates(text)
    assert dates and all(d in (None, NOTE_DAY) for d in dates), dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Plan: R L5-S1 TFESI 10/2025 (was scheduled, pt cancelled).", dt.date(2025, 10, 1)),
        ("Plan: RFA 3/2026.", dt.date(2026, 3, 1)),
    ],
)
def test_a_date_the_plan_gives_itself_still_dates_it(text: str, day: dt.date) -> None:
    assert day in _plan_dates(text), _plan_dates(text)
