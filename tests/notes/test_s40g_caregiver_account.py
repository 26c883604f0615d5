"""A relative who cannot give the patient's care, gives it, or is needed for it describes the
patient's need, not a relative's own condition (hospital bed LCD L33820: positioning an ordinary
bed cannot give; a carer who cannot reposition the patient at home is its classic evidence).
A family history and a relative's own device or condition stay the family's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.caregiver_care import patients_care_need


def _findings(text: str) -> list:
    return find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 5, 14))])


def _patients(text: str, concept: str) -> bool:
    return any(f.concept == concept and not f.family for f in _findings(text))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Son (72) unable to reposition her manually overnight.", "transfer-limitation"),
        ("Husband cannot reposition her in their queen bed.", "positioning-need"),
        ("Her son can't lift her.", "activity-limitation"),
        ("Son turns her q2h through the night.", "positioning-need"),
        ("Needs assist of husband for bed mobility.", "transfer-limitation"),
        ("Son (lives with her) reports 3 falls getting out of her chair.", "walking-limitation"),
    ],
)
def test_a_carers_account_is_the_patients_need(text: str, concept: str) -> None:
    assert _patients(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Her father was bedbound for a year after his stroke.", "transfer-limitation"),
        ("Her husband uses a walker and had 2 falls this spring.", "walking-limitation"),
    ],
)
def test_a_relatives_own_history_or_device_stays_the_familys(text: str, concept: str) -> None:
    found = [f for f in _findings(text) if f.concept == concept]
    assert found and all(f.family for f in found)


def test_a_relatives_own_condition_before_the_care_clause_stays_the_familys() -> None:
    # The care clause makes what follows it the patient's, never what the relative has.
    found = _findings("Son has had 2 falls himself and cannot lift her.")
    assert any(f.concept == "walking-limitation" and f.family for f in found)
    assert any(f.concept == "activity-limitation" and not f.family for f in found)


def test_an_aside_about_the_carer_after_the_clause_stays_the_familys() -> None:
    text = "Husband cannot push her chair (he has spinal stenosis), she tires in 20 ft."
    assert not patients_care_need(text, text.index("stenosis"))
    assert patients_care_need(text, text.index("tires"))


def test_a_relatives_own_inability_stays_the_familys() -> None:
    text = "Her brother has MS and cannot transfer himself or turns himself only with a rail."
    assert not patients_care_need(text, text.index("cannot transfer"))


def test_an_aside_about_the_patient_after_the_clause_is_the_patients() -> None:
    text = "Son cannot turn her in the double bed (hx sacral ulcer 2025), she slides down."
    assert patients_care_need(text, text.index("sacral ulcer"))
