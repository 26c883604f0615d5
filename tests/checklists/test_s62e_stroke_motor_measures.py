"""The Fugl-Meyer upper-extremity assessment and the Box and Blocks test, as stroke OT notes
write them, are functional measures (blind wave 62, HY/therapy-pt-ot-chiro-03: an OT
evaluation's "FMA-UE 31/66" and "Box & Blocks R 14 / L 52" went unread, PT-003 knew neither
the Fugl-Meyer nor the plural "Box & Blocks", and a templated "Functional status: Independent.
[default]" was all that was left). A measure only planned, or not tested, is none; nor is "B&B",
which spine notes use for bowel and bladder."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _ot(text: str, day: str = "2026-02-18") -> dict:
    return record("97530", _note("n1", day, text), reason="I69.351")


@pytest.mark.parametrize(
    "text",
    [
        "OT eval. R hemiparesis. FMA-UE 31/66.",
        "O: Fugl-Meyer UE 38/66, needs min A for UB dressing.",
        "Fugl Meyer upper extremity motor score 24/66 (severe).",
        "fugl-meyer assessment UE: 40/66",
        "OT re-eval: FMA UE 45/66 (was 31).",
        "Findings: R grip 8 lb. Box & Blocks R 14 / L 52.",
        "Box and Blocks test R 21 blocks/min.",
        "Functional status: Independent. [default]\n"
        "Findings: Box & Blocks R 14 / L 52. FMA-UE 31/66.",
    ],
)
def test_a_stroke_motor_measure_is_a_functional_measure(text: str) -> None:
    assert status(_ot(text), "PT-003")["status"] == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "OT eval. Plan: Fugl-Meyer UE at next visit.",
        "FMA-UE not tested, pt fatigued.",
        "Spine f/u: no B&B changes, R 14 ft walk.",
    ],
)
def test_a_measure_planned_untested_or_bowel_and_bladder_is_not(text: str) -> None:
    assert status(_ot(text), "PT-003")["status"] == "missing", text


def test_a_measure_older_than_six_months_is_out_of_window() -> None:
    assert status(_ot("OT eval. FMA-UE 31/66.", "2025-07-01"), "PT-003")["status"] == "missing"
