"""Heart failure with no edema is no Group II qualifier (blind wave 46, FS/oxygen-03). LCD
L33797 Group II takes an SpO2 of 89% with "dependent edema suggesting congestive heart failure":
a coded heart failure stands for that edema, but not where the examiner at the time of need
writes there is none ("Extremities: no pedal edema"). OXY-001 read the I50 code alone as met.
Edema on exam, or pulmonary hypertension beside the heart failure, still qualifies; a "no
edema" from months before the order does not speak for this visit."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _condition(ident: str, code: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": ident,
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "verificationStatus": {"coding": [{"code": "confirmed"}]},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code}]},
        "subject": {"reference": "Patient/p"},
        "recordedDate": "2025-11-03",
    }


def _oxy_status(exam: str, *extra: dict) -> str:
    visit = f"CARDIOLOGY F/U\nO: SpO2 89% on room air at rest. {exam} Lungs clear.\nA: HFrEF."
    bundle = record(
        "E1390",
        _note("v1", "2026-06-08", visit),
        _condition("hf", "I50.42"),
        *extra,
        reason="I50.42",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-06-08", "occurrenceDateTime": "2026-06-19"},
    )
    report = score_bundle(bundle, as_of=date(2026, 6, 12))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


@pytest.mark.parametrize(
    "exam", ["Extremities: no pedal edema.", "Legs without edema.", "No lower extremity edema.",
             "Edema: none.", "LE edema - absent."],
)
def test_heart_failure_the_examiner_finds_without_edema_does_not_qualify_an_89(exam):
    assert _oxy_status(exam) != "met"


def test_heart_failure_with_edema_on_exam_still_qualifies_an_89():
    assert _oxy_status("Ext: 2+ pitting edema to the knees.") == "met"


def test_pulmonary_hypertension_beside_it_still_qualifies_an_89():
    assert _oxy_status("Extremities: no pedal edema.", _condition("ph", "I27.21")) == "met"


def test_no_edema_written_months_before_the_order_does_not_speak_for_this_visit():
    old = _note("v0", "2026-01-12", "CARDIOLOGY F/U\nO: No LE edema. Lungs clear.\nA: HFrEF.")
    assert _oxy_status("Heart RRR.", old) == "met"
