"""A past course of the same care told in a sentence of its own does not date this episode's
(brief s77-h2, blind wave 92, MP/lumbar-mri-02: "Has not completed PT (2 visits in Feb, then
stopped). h/o PT 2023 for different episode." ran PT from 2023 to February, 87 days inside the
three-month window). Each mention keeps its own sentence when one of them tells a past course
apart (past_course_apart.py); two sentences of one course still share their dates."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.past_course_apart import other_course_spans

from .test_judgement import _note, record, status


def _lmri_003(said: str) -> str:
    text = f"Back pain f/u.\nHPI: LBP since Oct.\nA: disc displacement suspected. {said}\nP: MRI."
    bundle = record("72148", _note("n1", "2026-03-06", text), reason="M51.26")
    return status(bundle, "LMRI-003", as_of=date(2026, 3, 9))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Has not completed PT (2 visits in Feb, then stopped). h/o PT 2023 for different episode.",
        "PT 2 visits in Feb, then stopped. Hx of PT 2023, resolved.",
        "PT eval in Feb, did not return. Prior PT in 2022 for a different episode.",
    ],
)
def test_a_past_course_told_apart_does_not_date_this_one(said: str) -> None:
    assert _lmri_003(said) != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "Completed PT 12/1/25 - 2/20/26, 12 visits, no relief.",
        "PT x 8 wks (Dec-Feb), completed, no relief. h/o PT 2023 for different episode.",
    ],
)
def test_this_episode_s_course_still_counts(said: str) -> None:
    assert _lmri_003(said) == "met", said


def test_only_sentences_naming_the_care_again_with_a_past_course_are_blanked() -> None:
    text = "PT started 1/5. PT discharged 2/20 after 12 visits."
    assert other_course_spans(text, 0, [text.rindex("PT")]) == []
    text = "Has not completed PT (2 visits in Feb). h/o PT 2023 for different episode."
    second = text.rindex("PT")
    assert other_course_spans(text, second, [text.index("PT")]) == [(0, text.index(" h/o"))]
    assert other_course_spans(text, text.index("PT"), [second]) == [
        (text.index(" h/o"), len(text))
    ]
