"""A Group II condition only suspected is no Group II condition (blind wave 22, CA/oxy-02). A
resting room-air SpO2 of 89% qualifies for home oxygen only with dependent edema, pulmonary
hypertension or cor pulmonale, or a hematocrit over 56% (NCD 240.2, LCD L33797 Group II). The
pulmonologist charted 'r/o pulmonary HTN - TTE ordered' and the EHR kept it as a provisional
encounter diagnosis (I27.20, verificationStatus provisional): OXY-001 took that rule-out as the
condition. A provisional, differential or unconfirmed Condition is the question the echo is to
answer; a confirmed (or unstated) one still counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_VISIT = "PULM F/U\nO: SpO2 89% RA at rest, nadir 90% on 6MWT. No LE edema. Hct 44.\nA: ILD."


def _ph(verification: str | None) -> dict:
    condition = {
        "resourceType": "Condition",
        "id": "ph",
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {
            "coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I27.20"}],
            "text": "Pulmonary hypertension, unspecified",
        },
        "subject": {"reference": "Patient/p"},
        "recordedDate": "2026-07-14",
    }
    if verification:
        condition["verificationStatus"] = {"coding": [{"code": verification}]}
    return condition


def _oxy_status(*resources: dict) -> str:
    bundle = record(
        "E1390",
        _note("n1", "2026-07-14", _VISIT),
        *resources,
        reason="J84.10",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-07-14", "occurrenceDateTime": "2026-07-24"},
    )
    report = score_bundle(bundle, as_of=date(2026, 7, 21))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


@pytest.mark.parametrize("verification", ["provisional", "differential", "unconfirmed"])
def test_a_suspected_pulmonary_hypertension_is_no_group_ii_condition(verification):
    assert _oxy_status(_ph(verification)) != "met"


@pytest.mark.parametrize("verification", ["confirmed", None])
def test_a_confirmed_pulmonary_hypertension_still_qualifies_an_89(verification):
    assert _oxy_status(_ph(verification)) == "met"
