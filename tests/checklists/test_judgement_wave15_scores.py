"""Scores read as deficits or not read at all, found by blind wave 15: a shoulder score in its
acceptable state (AW/tsa-03: "ASES 88/100", coded or written), and children's norm-referenced
motor tests (AY/pt-04: "BOT-2 standard score 31", where the same note's average Beery VMI is no
deficit). A score is judged by its instrument's published band (score_bands.yaml), a percentile
rank by the band's percentile; a score below the band, or one not written next to its value,
still counts."""

from __future__ import annotations

from smartapp.evidence.score_bands import little_limitation_observed, little_limitation_written

from .test_judgement import _note, record, status


def _ases(value: float) -> dict:
    return {
        "resourceType": "Observation",
        "id": "ases",
        "status": "final",
        "category": [{"coding": [{"code": "survey"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "72133-2"}],
                 "text": "ASES shoulder score"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-10",
        "valueQuantity": {"value": value, "unit": "{score}"},
    }  # fmt: skip


def test_an_ases_score_in_its_acceptable_state_is_no_limitation():
    # Chamberlain 2017: after shoulder arthroplasty an ASES of 76 is the acceptable state.
    assert little_limitation_written("ASES 88/100")
    assert little_limitation_written("ASES score: 81")
    assert not little_limitation_written("ASES 42/100")
    assert not little_limitation_written("ASES 8/12")  # another scale: not judged
    assert little_limitation_observed("ASES shoulder score", 88, "{score}")
    assert not little_limitation_observed("ASES shoulder score", 41, "{score}")


def test_a_near_normal_shoulder_score_does_not_meet_the_shoulder_function_item():
    text = "L shoulder OA, pain after gardening. ASES 88/100. QuickDASH 11."
    good = record("23472", _note("n1", "2026-02-10", text), reason="M19.012")
    assert status(good, "TSA-003")["status"] == "missing"
    assert status(record("23472", _ases(88), reason="M19.012"), "TSA-003")["status"] == "missing"
    poor = _note("n1", "2026-02-10", "L shoulder OA, pain with every reach. ASES 38/100.")
    assert status(record("23472", poor, reason="M19.012"), "TSA-003")["status"] == "met"
    assert status(record("23472", _ases(38), reason="M19.012"), "TSA-003")["status"] == "met"


def test_a_childs_motor_test_is_judged_by_its_standard_score_or_percentile():
    # BOT-2 composites: mean 50, SD 10, average 41-59 (percentile 18-83); Beery VMI: mean 100,
    # SD 15, average 90-109 (percentile 25-73).
    assert not little_limitation_written("BOT-2 SS 31 (<2nd percentile)")
    assert not little_limitation_written("BOT-2 4th percentile")
    assert little_limitation_written("BOT-2 standard score 45")
    assert little_limitation_written("Beery VMI: standard score 96 (average)")
    assert little_limitation_written("Beery VMI 45th percentile")
    assert not little_limitation_written("Beery VMI standard score 78")
    assert not little_limitation_written("ODI 14 percentile")  # no percentile band: not judged


def _ot(text: str) -> dict:
    return record("97530", _note("n1", "2026-02-20", text), reason="F82")


def test_a_low_motor_test_score_is_a_childs_functional_measure_and_an_average_one_is_not():
    low = "OT re-eval. BOT-2 Short Form standard score 31 -> 38. Beery VMI 96 (average)."
    assert status(_ot(low), "PT-003")["status"] == "met"
    assert status(_ot("OT eval: 6 y/o, motor delay. BOT-2 SS 31."), "PT-003")["status"] == "met"
    average = "OT re-eval. Beery VMI: standard score 96 (average) - visual perception no barrier."
    assert status(_ot(average), "PT-003")["status"] == "missing"
