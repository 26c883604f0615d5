"""A joint line found nontender is a normal exam, no mechanical sign (brief s72-r1).

Blind wave 82, LD/surgery-knee-arthroscopy-02 (KAS-002, a gap called met): "No effusion. ROM
full. Ligaments stable. McMurray negative. Joint line nontender." met KAS-002 on "Joint line
nontender": "joint line" is a mechanical-test name (joint-line palpation), and the result
written after it as one word ("nontender", "non-tender", "NT") was not read as the normal result
"negative" is. A joint line found tender ("medial joint line tenderness", "+JLT") and a positive
test beside a nontender line ("McMurray + with click") still count.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _knee_exam(text: str) -> str:
    bundle = record("29881", _note("n1", "2026-02-20", text), reason="M23.222")
    return status(bundle, "KAS-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "EXAM: L knee: Inspection normal. No effusion. ROM full. Ligaments stable. McMurray "
        "negative. Joint line nontender.",
        "Exam: L knee: joint line non-tender.",
        "Exam L knee: joint line not tender to palpation.",
        "Exam: L knee - joint lines NT, ROM full.",
        "O: L knee medial/lateral joint line nontender; full ROM.",
        "PE: L knee: Joint line: nontender.",
        "Exam: L knee jt line non tender, ROM 0-135.",
        "Exam: L knee joint line without tenderness.",
        "Exam: L knee, joint line is nontender to palp.",
    ],
)
def test_a_nontender_joint_line_is_no_mechanical_sign(text: str) -> None:
    assert _knee_exam(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Exam: L knee medial joint line tenderness.",
        "Exam: L knee +JLT medially.",
        "Exam: L knee McMurray + with click; lateral joint line nontender.",
        "Exam: L knee joint line tender medially.",
    ],
)
def test_a_tender_line_or_a_positive_test_still_counts(text: str) -> None:
    assert _knee_exam(text) == "met", text
