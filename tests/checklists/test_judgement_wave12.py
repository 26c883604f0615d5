"""Threshold classes found by blind wave 12: each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.evidence.score_bands import little_limitation_in_text, little_limitation_observed

from .test_judgement import record, status


def _spadi(value, unit="%"):
    return {
        "resourceType": "Observation",
        "id": "spadi",
        "status": "final",
        "code": {"text": "Shoulder Pain and Disability Index total"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-10",
        "valueQuantity": {"value": value, "unit": unit},
    }


def test_a_spadi_under_its_acceptable_state_is_no_limitation():
    # SPADI runs 0-100 with higher more disability; its published PASS (Tran et al. 2020) is the
    # band, and a raw score out of 130 is another scale, not judged.
    assert little_limitation_observed("SPADI total", 12, "%")
    assert not little_limitation_observed("SPADI total", 58, "%")
    assert little_limitation_in_text("SPADI", " 18% (minimal)")
    assert not little_limitation_in_text("SPADI", " 30/130")
    good = record("23472", _spadi(14), reason="M19.011")
    assert status(good, "TSA-003")["status"] == "missing"
    poor = record("23472", _spadi(64), reason="M19.011")
    assert status(poor, "TSA-003")["status"] == "met"
