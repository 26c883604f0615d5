"""A CarePlan named by its discipline's abbreviation in capitals (brief s67-d, class 5).

A CarePlan's text is lower-cased before ``has_careplan`` reads it, so a plan of care that names
its therapy only as "PT" or "OT" ("Outpatient PT", "PT 2x/wk x 6 wks: ther ex, HEP") named none
of PT-001's names, and "pt" could not be one ("Pt to walk daily" is the patient): the therapy
plan of care was a false alarm. Names written in capitals now match only in capitals, in the
CarePlan's own words (capital_names.py, as plan_services.py already read "SN"). "Pt", a
lower-case "pt" and the prothrombin time ("PT/INR weekly") name no therapy."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.capital_names import names_pattern
from smartapp.checklists.record_filters import matches_concept

from .test_judgement import record, status

AS_OF = date(2026, 3, 2)


def _plan(title: str, description: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "cp1",
        "status": "active",
        "intent": "plan",
        "title": title,
        "description": description,
        "subject": {"reference": "Patient/p"},
        "created": "2026-02-20",
        "period": {"start": "2026-02-20", "end": "2026-04-03"},
        "author": {"reference": "Practitioner/dr"},
    }


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Outpatient PT", "2x/wk x 6 wks: ther ex, manual therapy, HEP."),
        ("Therapy plan", "PT 2x/wk x 6 wks: ther ex, gait training, HEP. LTG: ODI < 20%."),
        ("Rehab plan", "OT 2x/wk x 4 wks for R hand ROM and grip; HEP."),
        ("Plan", "PT/OT 3x/wk x 4 wks s/p TKA."),
        ("PT", "Lumbar stabilization, 8 visits."),
    ],
)
def test_a_care_plan_named_by_its_discipline_in_capitals_is_the_plan(
    title: str, description: str
) -> None:
    bundle = record("97110", _plan(title, description))
    assert status(bundle, "PT-001", as_of=AS_OF)["status"] == "met", (title, description)


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Care plan", "Pt to walk daily; check BG before meals."),
        ("Anticoagulation plan", "PT/INR weekly, warfarin per protocol."),
        ("Diabetes plan", "pt education on insulin; A1c q3 mo."),
    ],
)
def test_the_patient_or_a_blood_test_names_no_therapy_plan(title: str, description: str) -> None:
    bundle = record("97110", _plan(title, description))
    assert status(bundle, "PT-001", as_of=AS_OF)["status"] != "met", (title, description)


def test_names_in_capitals_match_only_in_capitals_in_the_words_as_written() -> None:
    spec = {"names": ["physical therapy", "PT"]}
    assert matches_concept((), "outpatient pt", spec, "Outpatient PT")
    assert not matches_concept((), "pt to walk", spec, "Pt to walk")
    assert matches_concept((), "physical therapy 2x/wk", spec, "Physical Therapy 2x/wk")
    # Without the words as written (every other record) a name matches in any case, as before.
    assert matches_concept((), "pt 2x/wk", spec)
    assert not names_pattern(("PT",)).search("PT INR 2.4")
