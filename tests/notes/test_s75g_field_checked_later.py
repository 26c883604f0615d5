"""A finding's field answered by a plan to check it later is no finding (s75-g, a noticed
wording): "Exam: SLR: will check next visit." was an asserted straight-leg raise
(field_answers._CHECKED_LATER). A result or a value given first stays a finding."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 20))])
    return [not (f.hypothetical or f.planned or f.negated) for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "Exam: SLR: will check next visit.",
        "Exam: SLR: to be checked at f/u.",
        "SLR: will check",
        "Exam: SLR - will assess next visit.",
    ],
)
def test_a_field_checked_later_is_no_finding(text: str) -> None:
    found = _asserted(text, "straight-leg-raise")
    assert found and not any(found), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("SLR: + R at 40 deg", "straight-leg-raise"),
        ("SLR neg; will recheck next visit", "straight-leg-raise"),
        ("A1c 8.2, will check again", "labs"),
    ],
)
def test_a_result_given_first_stays(text: str, concept: str) -> None:
    found = _asserted(text, concept)
    assert found and all(found), text


def _exam_findings(text: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 20))])
    return [
        not (f.hypothetical or f.planned or f.negated)
        for f in found
        if f.category == "exam-findings"
    ]


@pytest.mark.parametrize(
    "text", ["Exam: SLR: will check next visit.", "Exam: SLR: to be checked at f/u."]
)
def test_an_exam_of_only_checks_to_come_is_no_exam_section(text: str) -> None:
    assert not any(_exam_findings(text)), text


@pytest.mark.parametrize(
    "text", ["Exam: SLR neg; will recheck next visit", "Exam: SLR: + R at 40 deg"]
)
def test_an_exam_with_a_result_is_still_an_exam(text: str) -> None:
    assert any(_exam_findings(text)), text
