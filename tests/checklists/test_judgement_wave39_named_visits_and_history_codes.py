"""Two record readings of blind wave 39: a visit its own type names, and a history code.

- A sleep clinic's visit is a sleep evaluation on its type (SLEEP-004; LCD L33718 asks for the
  in-person evaluation of the patient for sleep apnea): an Encounter typed only in text, "Sleep
  medicine clinic - return visit", counts though the note of its day dwells on blood pressure
  and weight (EI/sleep-03). An untyped office visit with such a note stays another problem's.
- A "personal history of" ICD-10-CM code (Z85-Z87) states a past the patient keeps: marked
  resolved, with the cancer's abatement dated years ago, Z85.x is still the history of cancer
  that is a lumbar red flag (LMRI-001; DR/lumbar-mri-03). A resolved back strain is still over.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from smartapp.checklists.golden import build_bundle
from smartapp.scoring import score_bundle

from .test_judgement import ICD10, _note, record, status

_OTHER_TALK = "BP 138/84 recheck, weight up 3 lb since spring. Continue lisinopril. Labs in 3 mo."


def _sleep_visit_record(visit_type: str | None) -> dict[str, Any]:
    bundle = build_bundle({
        "service_request": {"code": "95810", "requester_npi": "1234567893",
                            "authored": "2026-09-02", "occurrence": "2026-09-20",
                            "reason": ["icd10:G47.33"]},
        "encounters": [{"code": "cpt:99214", "date": "2026-07-08", "with_requester": True}],
        "notes": [{"date": "2026-07-08", "text": _OTHER_TALK},
                  {"date": "2026-09-02", "type": "loinc:34748-9",
                   "text": "Phone call: snoring, gasping at night. Will order in-lab PSG."}],
    })  # fmt: skip
    if visit_type is not None:
        for entry in bundle["entry"]:
            if entry["resource"]["resourceType"] == "Encounter":
                entry["resource"]["type"] = [{"text": visit_type}]
    return bundle


def _sleep_004(bundle: dict[str, Any]) -> str:
    scored = score_bundle(bundle, service="95810", as_of=date(2026, 9, 4))
    return {i["id"]: i["status"] for i in scored["items"]}["SLEEP-004"]


def test_a_visit_typed_as_the_sleep_clinics_is_the_sleep_evaluation() -> None:
    assert _sleep_004(_sleep_visit_record("Sleep medicine clinic - return visit")) == "met"


def test_an_office_visit_about_blood_pressure_is_still_none() -> None:
    assert _sleep_004(_sleep_visit_record(None)) != "met"
    assert _sleep_004(_sleep_visit_record("Office visit - established")) != "met"


_BACK = _note("n1", "2026-04-20", "A/P: low back ache x 2 wks after gardening. Plan: MRI L-spine.")


def _resolved(code: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": f"c-{code}",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "resolved"}]},
        "code": {"coding": [{"system": ICD10, "code": code}]},
        "onsetDateTime": "2018-02-01",
        "abatementDateTime": "2018-09-15",
    }


def _red_flags(code: str) -> str:
    bundle = record("72148", _BACK, _resolved(code), reason="M54.50")
    return status(bundle, "LMRI-001", as_of=date(2026, 4, 22))["status"]


def test_a_resolved_personal_history_of_cancer_is_still_that_history() -> None:
    assert _red_flags("Z85.46") == "met"  # personal history of prostate cancer


def test_a_resolved_disease_is_still_over() -> None:
    assert _red_flags("C79.51") == "missing"  # bone metastasis itself, abated in 2018
