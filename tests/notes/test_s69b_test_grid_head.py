"""A grid of special tests opens the exam (brief s69-b; blind wave 32, DP/knee-scope-01): the
HTML table "Test | R | L" with its Effusion, McMurray, joint line tenderness and Lachman rows,
after a history paragraph that named "PMH/FHx:" inline, was read as past history, so the knee's
exam went unread. A first cell naming tests or findings, with side columns after it, heads a
grid of findings, as "Neuro | R | L" does (test_s64l_neuro_table_head.py); a row of results or
a sentence about tests stays what it was."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.section_headers import header_of


@pytest.mark.parametrize(
    "line",
    [
        "Test | R | L |",
        "TESTS | Right | Left |",
        "Special tests | Rt | Lt",
        "Exam findings | L | R |",
        "Finding | R | L |",
    ],
)
def test_a_test_grid_head_opens_the_exam(line: str) -> None:
    assert header_of(line) == "exam"


@pytest.mark.parametrize(
    "line",
    [
        "Test | Result | Reference range |",
        "Tests: reviewed with patient",
        "McMurray | + medial | neg |",
        "Test R L",
    ],
)
def test_a_results_row_or_a_sentence_is_no_head(line: str) -> None:
    assert header_of(line) != "exam"


def test_the_grid_after_an_inline_history_label_is_the_exam() -> None:
    note = (
        "Twisting injury 12/20/25. PT 6 wks - no better. PMH/FHx: h/o appendectomy; father - "
        "TKA.\n\nTest | R | L |\n\nEffusion | 1+ | none |\n\nMcMurray | + medial | neg |\n\n"
        "Plan: R knee arthroscopy."
    )
    sections = {
        f.concept: f.section
        for f in find_findings([NoteInput("D/1", note)])
        if f.category == "exam-findings" and f.concept in {"effusion", "mechanical-test"}
    }
    assert sections == {"effusion": "exam", "mechanical-test": "exam"}
