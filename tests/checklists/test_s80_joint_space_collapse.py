"""TKA-001 (knee radiographs showing arthritis) reads a film's compartment collapse as the
arthritis (brief s80-result: "XR L knee: medial compartment collapse"); the other knee's collapse
is not this knee's (the wordings: tests/notes/test_s80_joint_space_collapse.py).
"""

from __future__ import annotations

from .test_judgement import _note, record
from .test_judgement_wave10 import status


def _tka_001(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("27447", note, reason="M17.12"), "TKA-001")["status"]


def test_the_left_knee_film_with_its_compartment_collapsed_meets_tka_001() -> None:
    text = (
        "Ortho f/u L knee OA.\nXR L knee 2/20/26 (standing AP/lat): medial compartment collapse, "
        "varus.\nA/P: L knee OA, failed PT and NSAIDs. L TKA.\n"
    )
    assert _tka_001(text) == "met"


def test_the_other_knee_collapsed_leaves_tka_001_for_the_left_knee() -> None:
    text = (
        "Ortho f/u L knee OA.\nXR R knee 2/20/26: medial compartment collapse.\nXR L knee "
        "2/20/26: normal joint spaces.\nA/P: L knee pain. L TKA.\n"
    )
    assert _tka_001(text) != "met"
