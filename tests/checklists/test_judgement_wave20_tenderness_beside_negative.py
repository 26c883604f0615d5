"""Joint-line tenderness beside negative mechanical tests is no sign of a mechanical lesion
(blind wave 20 leftover AN/kas-04): the PCP's "Mild medial joint line tenderness. McMurray
negative. Lachman negative, stable" met KAS-002 while the surgeon's exam was an unfilled ***.
Tenderness still counts alone, beside a positive test, or beside a test not done.
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
        "O: L knee: no effusion. ROM 0-130. Mild medial joint line tenderness. McMurray "
        "negative. Lachman negative, stable to varus/valgus.",
        "Exam: L knee MJL TTP, (-) McMurray, neg Thessaly.",
    ],
)
def test_tenderness_beside_negative_tests_is_no_mechanical_sign(text: str) -> None:
    assert _knee_exam(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Exam: L knee medial joint line tenderness.",
        "Exam: L knee MJL tenderness, McMurray neg, Thessaly positive.",
        "Exam: L knee MJL TTP, McMurray not tested d/t pain.",
        "Exam: L knee MJL tenderness, McMurray + with click.",
    ],
)
def test_tenderness_otherwise_still_counts(text: str) -> None:
    assert _knee_exam(text) == "met"
