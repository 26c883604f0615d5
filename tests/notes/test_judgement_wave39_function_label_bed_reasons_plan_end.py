"""Blind wave 39's readings in the note reader.

ER/tka-01: "FHx: mother - RA, CAD" on a line of its own, then "Function: KOOS JR 38.7. Can't
stand to cook >10 min": the family history ran on over the patient's function, so every limit
was the mother's. A label of the patient's function ends a family history written on its
header's line; another label ("Education: ...") still does not.

ER/bed-03: the note gave LCD L33820's reasons for positioning in its own words ("Needs
positioning to prevent contractures", "Ordinary bed does not allow the elevation + positioning
needed"), which the positioning-need vocabulary did not read.

EO/ptot-02: "Extend POC through 04/30/2026 at 1x/wk" states the plan's period by its end: a
duration. A plan of care with only its signature date is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 3, 10))])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize("label", ["Function", "Functional status", "ADLs", "Mobility"])
def test_a_label_of_the_patient_s_function_ends_a_family_history(label: str) -> None:
    text = (
        "Ortho consult.\nFHx: father - gout, DM2.\n"
        f"{label}: cannot walk more than 1 block, needs rail for stairs.\nPlan: TKA."
    )
    limits = _found(text, "activity-limitation")
    assert limits and not any(f.family for f in limits)


def test_another_label_stays_in_the_family_history() -> None:
    text = "FHx: mother - stroke, can't walk more than 1 block.\nEducation: cannot walk far."
    limits = _found(text, "activity-limitation")
    assert limits and all(f.family for f in limits)


@pytest.mark.parametrize(
    "text",
    [
        "Needs positioning to relieve sacral pain at night.",
        "Requires positioning to prevent contractures of the L knee.",
        "Regular bed cannot accommodate the positions she needs.",
    ],
)
def test_the_lcd_s_reasons_for_positioning_are_a_positioning_need(text: str) -> None:
    assert any(f.asserted for f in _found(text, "positioning-need"))


def test_a_plan_run_through_a_date_has_a_duration() -> None:
    assert _found("Re-exam: improving. Extend POC through 05/15/2026 at 2x/wk.", "duration")
    assert _found("Plan: 3x/wk through 05/15/26, then re-assess.", "duration")


def test_a_plan_of_care_s_signature_date_is_no_duration() -> None:
    assert not _found("Plan of care signed 03/02/2026 by Dr. Park.", "duration")
