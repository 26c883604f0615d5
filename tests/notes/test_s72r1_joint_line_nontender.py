"""A joint line found nontender is a normal palpation, as "negative" is of McMurray (brief
s72-r1; blind wave 82, LD/surgery-knee-arthroscopy-02). "McMurray NT" (not tested) is no normal
result, and a tender joint line stays a sign."""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _normal(text: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/k1", text)])
    return [f.normal for f in found if f.concept == "mechanical-test"]


@pytest.mark.parametrize(
    "text",
    [
        "Knee: McMurray negative. Joint line nontender.",
        "L knee: joint line non-tender.",
        "L knee: joint line not tender to palpation.",
        "L knee: Joint line: nontender.",
        "L knee joint line without tenderness.",
        "L knee, joint line is nontender to palp.",
    ],
)
def test_a_nontender_joint_line_is_normal(text: str) -> None:
    assert _normal(text)[-1:] == [True], text


@pytest.mark.parametrize(
    "text",
    ["L knee: joint line tender medially.", "L knee: McMurray NT d/t pain."],
)
def test_a_tender_line_or_a_test_not_done_is_not(text: str) -> None:
    assert _normal(text)[-1:] == [False], text
