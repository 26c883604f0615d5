"""A knee doing well read as a functional limitation, found by blind wave Y (Y/tka-03).

A patient who walks miles a day, works full shifts and is independent in all ADLs had a WOMAC
total of 12 (coded and written) beside a KOOS JR of 84.6, and "avoids kneeling": the knee
arthroplasty's functional-limitation item was met by the WOMAC and the avoided kneeling.

- A WOMAC total in the band of little limitation (29 and under: the knee PASS for WOMAC function,
  Tubach 2005, taken on the smallest scale the total is written on, 0-96) is documented but no
  limitation, coded or written; a subscale ("WOMAC pain 5/20") runs on its own scale and is not
  judged, and a high total still counts.
- Avoiding only kneeling, squatting, running or jumping is activity modification; avoiding daily
  life ("avoids stairs") and being unable to kneel still are limitations.
"""

from __future__ import annotations

from datetime import date

from smartapp.evidence.score_bands import little_limitation_observed, little_limitation_written
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _womac(value: float, name: str = "WOMAC total score") -> dict:
    return {
        "resourceType": "Observation",
        "id": "womac",
        "status": "final",
        "category": [{"coding": [{"code": "survey"}]}],
        "code": {"text": name},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-10",
        "valueQuantity": {"value": value, "unit": "{score}"},
    }


def test_a_low_womac_total_is_little_limitation_on_any_of_its_scales():
    assert little_limitation_written("WOMAC 9.")
    assert little_limitation_written("WOMAC total 14/96")
    assert not little_limitation_written("WOMAC 57/96")
    assert not little_limitation_written("WOMAC 18/68")  # the function subscale's scale
    assert not little_limitation_written("WOMAC pain 6/20")
    assert little_limitation_observed("WOMAC total score", 9, "{score}")
    assert not little_limitation_observed("WOMAC total score", 63, "{score}")
    assert not little_limitation_observed("WOMAC stiffness subscale", 2, "{score}")


def _tka(*resources: dict) -> dict:
    return record("27447", *resources, reason="M17.12")


def test_a_low_womac_total_does_not_meet_the_knee_function_item():
    assert status(_tka(_womac(10)), "TKA-003")["status"] == "missing"
    assert status(_tka(_womac(66)), "TKA-003")["status"] == "met"
    good = _note("n1", "2026-02-10", "L knee OA, aches after long hikes. WOMAC 10.")
    assert status(_tka(good), "TKA-003")["status"] == "missing"


def _limits(text: str) -> list[str]:
    findings = find_findings([NoteInput("n1", text, date(2026, 2, 10))])
    return [f.concept for f in findings if f.category == "functional-deficits" and not f.negated]


def test_avoiding_only_kneeling_or_running_is_no_functional_deficit():
    assert _limits("Gardens daily, drives, no help needed; avoids kneeling.") == []
    assert _limits("Avoids squatting and jogging.") == []
    assert "activity-limitation" in _limits("Avoids stairs since the knee gave way.")
    assert "activity-limitation" in _limits("Avoids kneeling and stairs.")
    assert "activity-limitation" in _limits("Unable to kneel at church.")


def test_a_knee_doing_well_with_kneeling_avoided_is_missing_its_function_item():
    text = ("R knee OA. Works full shifts standing, walks 4 miles most days, independent in "
            "all ADLs; avoids kneeling. WOMAC 10.")  # fmt: skip
    bundle = _tka(_note("n1", "2026-02-10", text), _womac(10))
    assert status(bundle, "TKA-003")["status"] == "missing"
