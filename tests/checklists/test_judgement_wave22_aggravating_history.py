"""What makes the pain worse, told in the history, is no examined range of motion (blind wave 22,
CA/inj-02, a near miss): 'S: axial LBP since fall 2024. Worse w/ extension, standing, turning in
bed.' was cited for IPN-004 as a range-of-motion exam finding, and alone met it with no exam in
the note. Facet pain is told this way in nearly every history. A movement after 'worse with',
'worse w/', 'aggravated by' or 'pain with' under a history header (HPI, S:, chief complaint) is
a trigger; the same words under the exam ('O: pain w/ extension-rotation (facet loading)') are
the provocative test, and still count."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _ipn004(text: str) -> dict:
    return status(record("64635", _note("n1", "2026-02-20", text), reason="M47.816"), "IPN-004")


@pytest.mark.parametrize(
    "text",
    [
        "S: axial LBP since 2024. Worse w/ extension, standing, turning in bed.\n"
        "A/P: facet pain, MBB.",
        "HPI: LBP worse with extension and twisting.\nPlan: MBB.",
        "HPI: LBP aggravated by extension.\nPlan: MBB.",
        "Chief complaint: low back pain, pain w/ lumbar extension.\nPlan: MBB.",
    ],
)
def test_a_trigger_in_the_history_is_no_exam(text: str) -> None:
    assert _ipn004(text)["status"] == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "S: LBP worse w/ extension.\nO: Lumbar paraspinal TTP L4-S1, pain w/ extension-rotation "
        "(facet loading) bilat.\nPlan: MBB.",
        "S: LBP.\nExam: pain with lumbar extension, worse with rotation to the right.\nPlan: MBB.",
        "HPI: LBP worse with extension. Lumbar flexion limited to 40 degrees on exam today.",
    ],
)
def test_the_same_words_under_the_exam_still_count(text: str) -> None:
    assert _ipn004(text)["status"] == "met", text
