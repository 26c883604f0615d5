"""A relative who is the subject of a clause keeps that clause's findings off the patient, even
when another relative in the same statement tells of the patient (brief s72-b, the lead's probe:
"Daughter has OSA on CPAP, wife reports he snores." read the daughter's OSA and CPAP as the
patient's: osa-diagnosed and obesity-comorbidity). An informant frees what it tells: the
findings after it until another relative is named, and those of its own clause; not what a
relative before it has, nor what one named after it has ("wife reports her father had OSA")."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_RELATIVES_CONCEPTS = {"osa-diagnosed", "obesity-comorbidity"}


def _found(text: str) -> list:
    return find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 6, 2))])


@pytest.mark.parametrize(
    "text",
    [
        "Daughter has OSA on CPAP, wife reports he snores.",
        "Brother with sleep apnea on CPAP, wife states he stops breathing at night.",
        "son has OSA on cpap, daughter notes pt gasps at night",
        "Per husband she snores loudly, sister w/ OSA on BiPAP",
        "Snoring noticed by his wife, daughter has OSA.",
        "Wife reports he snores like his father, who had sleep apnea and used CPAP.",
        "wife says he snores and her brother has OSA",
        "HPI: wife reports loud snoring x yrs, mother also w/ OSA on cpap",
        "Mom: OSA on CPAP, per wife he stops breathing",
    ],
)
def test_a_relatives_own_osa_stays_the_relatives_beside_an_informant(text: str) -> None:
    found = _found(text)
    assert any(f.concept in _RELATIVES_CONCEPTS for f in found)
    assert not [f.text for f in found if f.concept in _RELATIVES_CONCEPTS and not f.family]


@pytest.mark.parametrize(
    "text",
    [
        "Daughter has OSA on CPAP, wife reports he snores.",
        "son has OSA on cpap, daughter notes pt gasps at night",
        "Snoring noticed by his wife, daughter has OSA.",
        "Daughter w/ OSA; per daughter, he stops breathing at night.",
        "Brother on CPAP, per wife pt snores loudly and stops breathing",
        "Mom: OSA on CPAP, per wife he stops breathing",
    ],
)
def test_what_the_informant_tells_of_the_patient_stays_the_patients(text: str) -> None:
    found = _found(text)
    assert [f for f in found if f.concept == "sleep-symptom" and not f.family]


@pytest.mark.parametrize(
    "text",
    [
        "wife reports he snores",
        "per daughter, he stops breathing",
        "Wife reports he snores, stops breathing and has been on CPAP since 2019.",
        "Per wife: dx OSA 2019, on CPAP nightly.",
    ],
)
def test_an_informants_report_alone_is_the_patients(text: str) -> None:
    found = _found(text)
    assert found and not [f.text for f in found if f.family]


@pytest.mark.parametrize(
    "text",
    [
        # A child's "mom" right after the report is the patient (GW/wheelchair-02's wording).
        "Daughter (caregiver, lives w/ pt) says mom can't get to kitchen or bathroom w/o "
        "someone holding her.",
        "Son reports dad cannot walk to the bathroom without help.",
    ],
)
def test_a_childs_mom_or_dad_after_the_report_is_the_patient(text: str) -> None:
    found = [f for f in _found(text) if f.category == "functional-deficits"]
    assert found and not [f.text for f in found if f.family]
