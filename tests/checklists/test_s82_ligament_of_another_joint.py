"""A knee ligament's letters named with another joint are that joint's (brief s82-plans): "R elbow
MCL reconstruction" is the elbow's ulnar collateral ligament, yet "MCL" is a knee word in
evidence/regions.yaml, so stop 60's arthroscopy-plan vocabulary ("MCL reconstruction") read it as
a knee's planned procedure (borrowed_region_words.py blanks the letters, the joint kept). The
knee's own MCL, and an MCL beside an elbow named for something else, stay the knee's.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.evidence.borrowed_region_words import without_borrowed_words

from .test_judgement import _note, record, status


def _arthroscopy_plan(text: str) -> str:
    bundle = record(
        "29888", _note("n1", "2026-11-24", text), reason="S83.412A",
        order={"authoredOn": "2026-11-24", "occurrenceDateTime": "2026-12-10"},
    )  # fmt: skip
    return status(bundle, "KAS-004", as_of=date(2026, 11, 30))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan: R elbow MCL reconstruction 12/10.",
        "Plan: MCL recon of the R elbow 12/10.",
        "Plan: thumb MCL repair 12/10.",
    ],
)
def test_another_joint_s_ligament_surgery_is_not_the_knee_s_plan(text: str) -> None:
    assert _arthroscopy_plan(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Plan: L MCL reconstruction 12/10.",
        "Plan: L knee MCL recon 12/10; elbow pain unrelated.",
    ],
)
def test_the_knee_s_own_ligament_stays_the_knee_s(text: str) -> None:
    assert _arthroscopy_plan(text) == "met"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("R elbow MCL reconstruction", "R elbow     reconstruction"),
        ("MCL tear of the L elbow", "    tear of the L elbow"),
        ("ACL tear of the L knee", "ACL tear of the L knee"),
    ],
)
def test_only_the_ligament_s_letters_are_blanked(text: str, kept: str) -> None:
    assert without_borrowed_words(text) == kept
