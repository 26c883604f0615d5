"""A Harris Hip Score read as a limitation whatever its value, found by blind wave 29 (DC/hip-03:
a coded "harris hip score 91" met the hip arthroplasty's functional-limitation item for a patient
who walks unlimited and works full duty). The score is judged by its graded band (score_bands.yaml:
80 and over is a good or excellent hip); a fair or poor score, coded or written, still counts."""

from __future__ import annotations

from smartapp.evidence.score_bands import little_limitation_observed, little_limitation_written

from .test_judgement import _note, record, status


def _hhs(value: float) -> dict:
    return {
        "resourceType": "Observation",
        "id": "hhs",
        "status": "final",
        "category": [{"coding": [{"code": "survey"}]}],
        "code": {"text": "Harris hip score"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-10",
        "valueQuantity": {"value": value, "unit": "{score}"},
    }


def test_a_good_or_excellent_harris_hip_score_is_no_limitation():
    assert little_limitation_written("Harris hip score 91")
    assert little_limitation_written("HHS: 84")
    assert little_limitation_written("mHHS 88/100")
    assert not little_limitation_written("Harris hip score 52")
    assert not little_limitation_written("HHS 74 (fair)")
    assert little_limitation_observed("Harris hip score", 91, "{score}")
    assert not little_limitation_observed("Harris hip score", 48, "{score}")


def _tha(*resources: dict) -> dict:
    return record("27130", *resources, reason="M16.11")


def test_a_good_harris_hip_score_does_not_meet_the_hip_function_item():
    assert status(_tha(_hhs(91)), "THA-003")["status"] == "missing"
    assert status(_tha(_hhs(46)), "THA-003")["status"] == "met"
    good = _note("n1", "2026-02-10", "R hip OA, groin ache after running. Harris hip score 92.")
    assert status(_tha(good), "THA-003")["status"] == "missing"
    poor = _note("n1", "2026-02-10", "R hip OA, groin pain all day. Harris hip score 48.")
    assert status(_tha(poor), "THA-003")["status"] == "met"
