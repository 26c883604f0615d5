"""A ligament test whose result is the joint's stability ("Lachman stable", "anterior drawer:
firm endpoint") found nothing: it is a normal result, as "negative" is (blind wave 48). A test
found unstable, graded or positive is still a sign, and "stable" elsewhere is no result word."""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _normal(text: str, concept: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/k1", text)])
    return [f.normal for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "R knee: Lachman stable. Joint line nontender.",
        "Exam L knee: anterior drawer: stable; mild crepitus.",
        "Ligaments: Lachman firm endpoint.",
        "Lachman is stable bilaterally.",
    ],
)
def test_a_stable_ligament_test_is_a_normal_result(text: str) -> None:
    assert _normal(text, "mechanical-test")[:1] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "R knee: Lachman unstable, soft endpoint.",
        "Lachman 2B with soft endpoint, pivot shift positive.",
        "McMurray positive laterally, ligaments otherwise stable.",
    ],
)
def test_an_unstable_or_positive_test_stays_a_sign(text: str) -> None:
    assert _normal(text, "mechanical-test")[:1] == [False]


def test_a_stable_effusion_is_still_there() -> None:
    assert _normal("Knee: moderate effusion stable since last visit.", "effusion") == [False]
