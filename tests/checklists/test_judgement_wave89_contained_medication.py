"""An order's drug sent as a contained Medication ("medicationReference": "#m1") is read (blind
wave 89, MC/dme-cgm-01: glargine and lispro prescriptions read as no insulin, CGM-001 missing).

Near misses: a reference to a contained id the resource does not carry, a contained Medication
on a stopped prescription, and a contained drug that is no insulin stay without insulin.
"""

from __future__ import annotations

from .test_judgement import _note, record, status

_VISIT = _note("n1", "2026-02-20", "S: T1DM f/u by video. Fingersticks 3-4x/day. A1c 9.4.")


def _prescription(
    drug: str, *, ref: str = "#m1", state: str = "active", own_id: str = "m1"
) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "rx1",
        "status": state,
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "authoredOn": "2025-09-12",
        "contained": [{"resourceType": "Medication", "id": own_id, "code": {"text": drug}}],
        "medicationReference": {"reference": ref},
        "dosageInstruction": [{"text": "22 units subcut nightly"}],
    }


def _cgm(*resources: dict) -> str:
    bundle = record("E2103", _VISIT, *resources, reason="E10.65", order_type="DeviceRequest")
    return status(bundle, "CGM-001")["status"]


def test_a_contained_insulin_is_the_insulin_regimen() -> None:
    assert _cgm(_prescription("insulin glargine 100 unit/mL pen")) == "met"
    assert _cgm(_prescription("Lantus SoloStar")) == "met"


def test_a_bundle_medication_is_still_read() -> None:
    medication = {"resourceType": "Medication", "id": "med9", "code": {"text": "insulin lispro"}}
    prescription = _prescription("x", ref="Medication/med9")
    del prescription["contained"]
    assert _cgm(prescription, medication) == "met"


def test_near_misses_stay_without_insulin() -> None:
    assert _cgm(_prescription("insulin glargine", own_id="other")) == "missing"
    assert _cgm(_prescription("insulin glargine", state="stopped")) == "missing"
    assert _cgm(_prescription("metformin 500 mg tablet")) == "missing"
