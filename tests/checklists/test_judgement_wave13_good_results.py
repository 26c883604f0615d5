"""Good results read as deficits, found by blind wave 13 (f3): a knee subscale score in its
acceptable state, a negative or low-risk screen, a score in a table row, and a reason for
stopping care that names work. Each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.evidence.score_bands import (
    little_limitation_observed,
    little_limitation_written,
    rated_well,
)
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, category: str = "functional-deficits") -> list[str]:
    """The concepts of ``category`` the text asserts as a limitation (normal results dropped)."""
    return [
        f.concept
        for f in find_findings([NoteInput("D/1", text)])
        if f.category == category and f.asserted and not f.normal
    ]


def _koos(name: str, value: float) -> dict:
    return {
        "resourceType": "Observation",
        "id": "koos",
        "status": "final",
        "category": [{"coding": [{"code": "survey"}]}],
        "code": {"coding": [{"system": "urn:local", "code": "koos-adl", "display": name}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-10",
        "valueQuantity": {"value": value, "unit": "{score}"},
    }


def test_a_koos_subscale_in_its_acceptable_state_is_no_limitation():
    # KOOS subscales run 0-100 with 100 = no problems (Roos); Connelly 2019 gives each its PASS.
    assert little_limitation_written("KOOS ADL 91.")
    assert little_limitation_written("KOOS-ADL: 88/100")
    assert little_limitation_written("KOOS ADL subscale 90")
    assert little_limitation_written("KOOS Pain 86")
    assert not little_limitation_written("KOOS ADL 62")
    assert not little_limitation_written("KOOS Pain 47")
    assert not little_limitation_written("KOOS 91")  # which subscale is not said: not judged
    assert little_limitation_observed("KOOS ADL subscale (0-100, 100 = no problems)", 91, "{score}")
    assert not little_limitation_observed("KOOS ADL subscale", 55, "{score}")


def test_a_coded_koos_adl_in_band_does_not_meet_the_knee_function_item():
    good = _koos("KOOS ADL subscale (0-100, 100 = no problems)", 91)
    assert status(record("J7323", good, reason="M17.11"), "HYA-005")["status"] == "missing"
    poor = _koos("KOOS ADL subscale (0-100, 100 = no problems)", 54)
    assert status(record("J7323", poor, reason="M17.11"), "HYA-005")["status"] == "met"


def test_a_koos_adl_written_in_band_does_not_meet_the_knee_function_item():
    good = _note("n1", "2026-02-10", "R knee OA, pain after pickleball. KOOS ADL 91.")
    assert status(record("J7323", good, reason="M17.11"), "HYA-005")["status"] == "missing"
    poor = _note("n1", "2026-02-10", "R knee OA, pain with every step. KOOS ADL 48.")
    assert status(record("J7323", poor, reason="M17.11"), "HYA-005")["status"] == "met"


def test_a_berg_balance_score_over_its_fall_risk_cut_off_is_no_limitation():
    assert little_limitation_written("Berg 53/56.")
    assert little_limitation_written("Berg Balance Scale: 50")
    assert not little_limitation_written("Berg 38/56 (high fall risk).")
    assert not little_limitation_written("Berg 44/46")  # today's 44 against a goal of 46
    assert little_limitation_observed("Berg Balance Scale total score", 53, "{score}")
    assert not little_limitation_observed("Berg Balance Scale total score", 41, "{score}")
    assert rated_well("Berg 53/56 without device, gait steady", 0, 4)


def test_a_negative_or_low_risk_fall_screen_is_no_mobility_limitation():
    assert rated_well("Fall risk screen (STEADI): negative.", 0, 9)
    assert rated_well("Fall risk - low risk by TUG/Berg.", 0, 9)
    assert rated_well("Low fall risk per STEADI screen.", 4, 13)
    assert not rated_well("Fall risk screen (STEADI): positive, 2 falls.", 0, 9)
    assert not rated_well("Fall risk - high risk by TUG.", 0, 9)
    assert not rated_well("Fall risk: not low risk after two falls.", 0, 9)
    assert rated_well("Falls screen: neg.", 0, 5)
    # A negative effect is no negative result, nor is a negative exam test the gait's verdict.
    assert not rated_well("Knee pain has a negative impact on walking distance", 41, 57)
    assert not rated_well("Fall risk has a negative effect on her outings", 0, 9)
    assert not rated_well("Antalgic gait with Trendelenburg negative", 0, 13)
    for text in ("Fall risk screen (STEADI): negative.", "Fall risk - low risk by TUG/Berg."):
        note = _note("n1", "2026-02-10", f"78F, knee OA, lives at home. {text}")
        assert status(record("E0135", note, reason="M17.0"), "WLK-002")["status"] == "missing"
    note = _note("n1", "2026-02-10", "78F, knee OA, lives at home. Fall risk - high risk by TUG.")
    assert status(record("E0135", note, reason="M17.0"), "WLK-002")["status"] == "met"


def test_a_score_in_a_table_row_is_judged_against_its_band():
    assert little_limitation_written("QuickDASH | 9.1 |")
    assert little_limitation_written("ODI | 12% |")
    assert not little_limitation_written("QuickDASH | 61.4 |")
    # Two values in the row (initial and today, or today and the goal): the header says which
    # is today's, so the row is not judged.
    assert not little_limitation_written("QuickDASH | 61.4 | 9.1 |")
    shoulder = "R shoulder GH OA.\nOutcome measure | Score |\nQuickDASH | 9.1 |\n"
    note = _note("n1", "2026-02-10", shoulder)
    assert status(record("23472", note, reason="M19.011"), "TSA-003")["status"] == "missing"
    note = _note("n1", "2026-02-10", shoulder.replace("9.1", "63.6"))
    assert status(record("23472", note, reason="M19.011"), "TSA-003")["status"] == "met"


def test_work_as_the_reason_care_stopped_is_no_activity_limitation():
    assert not _asserted('He went to PT 3 times in December then stopped ("too busy with work").')
    assert not _asserted("Stopped PT after 3 visits because of his work schedule.")
    assert not _asserted("Stopped the HEP due to work travel.")
    # What the patient stopped doing, or cannot do, is still the limitation.
    assert _asserted("Stopped playing golf because of the shoulder.")
    assert _asserted("He stopped working in October (shoulder pain).")
    assert _asserted("Can't reach overhead at work.")
    assert _asserted("Stopped driving due to pain getting in the car.")
    assert _asserted("Trouble w/ her job at the school cafeteria (standing all day).")
