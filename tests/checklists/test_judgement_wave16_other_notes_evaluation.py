"""An evaluation named as where a copied value came from is that note's, not one done today
(blind wave 16, BD/pt-02): every daily note carried "ODI 30% (from re-exam)" forward, and each was
read as a re-examination that day, so PT-004 found a progress report "0 visits ago" and PT-007
an evaluation 3 days old, though the last re-exam was 45 days before the request."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_EVALS = {"re-evaluation", "therapy-evaluation"}


def _evaluations(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept in _EVALS and f.asserted]


@pytest.mark.parametrize(
    "daily",
    [
        "DAILY VISIT 2026-04-17\nP: CMT L/S, SI, T-L. ODI 30% (from re-exam).",
        "Daily note: lumbar flex 60 deg per last re-eval. Ther ex x 30 min.",
        "Visit 12. Goals as set at the initial evaluation. Manual therapy, ther ex.",
        "Tx note. Oswestry 28% carried forward from progress report. HEP reviewed.",
        "Daily visit #9. ROM see re-exam. CMT L/S.",
    ],
)
def test_an_evaluation_named_as_the_source_is_none_today(daily: str) -> None:
    assert not _evaluations(daily), daily


@pytest.mark.parametrize(
    "evaluation",
    [
        "RE-EXAM #2 2026-04-17: ODI 40% -> 30%. ROM improved 25%.",
        "Re-evaluation performed today: ODI 22%, goals updated.",
        # Dated, the named evaluation keeps its own day.
        "Exam (per re-exam 8/6): ODI 30%, lumbar flex 65/90.",
        "Requesting 10 additional OT visits - see progress report 2/19/26.",
    ],
)
def test_an_evaluation_done_or_dated_still_counts(evaluation: str) -> None:
    assert _evaluations(evaluation), evaluation


def _scores(text: str) -> list[bool]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.asserted for f in found if f.concept == "functional-score"]


@pytest.mark.parametrize(
    "copied",
    [
        "DAILY VISIT 2026-04-17\nP: CMT L/S, SI, T-L. ODI 30% (from re-exam).",
        "Tx note. LEFS 42 per last re-eval. Ther ex x 30 min.",
        "Visit 9. NDI 24% (carried forward from initial exam).",
    ],
)
def test_a_score_copied_from_an_evaluation_is_not_todays(copied: str) -> None:
    assert _scores(copied) == [False], copied


@pytest.mark.parametrize(
    "measured",
    [
        "RE-EXAM #1\nODI 40% -> 30%. ROM improved 25%.",
        "Exam (per re-exam 8/6): ODI 30%, lumbar flex 65/90.",
        "ODI 30% today (re-exam).",
        "ODI 30% from 40% at the initial exam 2/2.",
    ],
)
def test_a_score_measured_or_dated_still_counts(measured: str) -> None:
    assert _scores(measured) and all(_scores(measured)), measured


def test_a_therapists_evaluation_cited_for_its_conclusion_was_done() -> None:
    # AT/wlk-01: the walker's reason is the PT evaluation's finding, not a pointer.
    assert _evaluations("Per PT eval pt benefits from walker.")
