"""An acute meniscal tear excuses the trial of conservative care only when it locks the knee
(blind wave 14, AV/kas-04): a radial tear coded S83.282A five weeks after a twisting injury, "No
locking episodes; occasional catching ... non-locked", still needs its PT and NSAIDs before a
meniscectomy (every reviewer who excused a meniscal tear named a locked knee or a bucket-handle
tear). An acute bucket-handle tear (S83.21*, S83.25*) or cruciate tear (S83.5*) is still excused,
and so is any locked knee."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _tear(code: str, text: str) -> dict:
    tear = {
        "resourceType": "Condition",
        "id": "tear",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "onsetDateTime": "2026-02-01",
    }
    return record("29881", tear, _note("n1", "2026-02-25", text), reason=code)


def test_an_acute_meniscal_tear_that_does_not_lock_needs_its_trial():
    text = "L knee pain since twisting injury 2/1. No locking episodes; occasional catching."
    assert status(_tear("S83.282A", text), "KAS-003")["status"] != "not_applicable"


def test_a_locked_knee_or_an_acute_ligament_tear_is_excused():
    locked = "L knee locked since twisting injury 2/1, lacks 20 deg extension."
    assert status(_tear("S83.282A", locked), "KAS-003")["status"] == "not_applicable"
    acl = "L knee giving way since pivoting injury 2/1, Lachman 2B."
    assert status(_tear("S83.512A", acl), "KAS-003")["status"] == "not_applicable"
    bucket = "L knee pain since twisting injury 2/1, catching."
    assert status(_tear("S83.252A", bucket), "KAS-003")["status"] == "not_applicable"
