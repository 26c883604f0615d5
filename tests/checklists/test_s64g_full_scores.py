"""A scored scale with no published band of little limitation is no deficit at its full score
(score_bands.yaml: Fugl-Meyer upper and lower extremity, LEFS, PSFS, each listed with its
maximum alone). Probed for session s64-g: "FMA-UE 66/66", "Fugl-Meyer LE 34/34, full score",
"LEFS 80/80" and "PSFS 10/10" met PT-003 (a measure that shows the deficit therapy treats)
only because the scale was measured. Any score below the maximum counts as before; a bare
"Fugl-Meyer" names no one scale and is not judged.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _pt_003(text: str) -> str:
    bundle = record("97530", _note("n1", "2026-02-18", "OT eval. " + text), reason="I69.351")
    return status(bundle, "PT-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "R hemiparesis, resolving. FMA-UE 66/66.",
        "Fugl-Meyer UE 66/66 (normal).",
        "Fugl-Meyer LE 34/34, full score.",
        "Fugl-Meyer upper extremity 66/66.",
        "LEFS 80/80.",
        "PSFS 10/10.",
    ],
)
def test_a_full_score_is_no_measured_deficit(text: str) -> None:
    assert _pt_003(text) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "FMA-UE 31/66.",
        "Fugl-Meyer UE 64/66.",
        "Fugl-Meyer LE 28/34.",
        "LEFS 52/80.",
        "PSFS 4/10 (stairs, lifting grandchild).",
        "Fugl-Meyer 66.",
        "Box & Blocks R 14 / L 52. FMA-UE 66/66.",
    ],
)
def test_a_score_below_the_maximum_or_another_measure_still_counts(text: str) -> None:
    assert _pt_003(text) == "met", text
