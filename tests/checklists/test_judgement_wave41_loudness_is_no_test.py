"""A loudness reading in dB SPL is no standardized test score (blind wave 41, EY/slp-03).

SLP-002 asks for the scores of standardized tests given at the evaluation (CELF, WAB, the SIT,
VHI-10, CAPE-V). A voice evaluation whose testing was deferred recorded only a sound level
meter's readings ("sustained /a/ 62 dB SPL at 30 cm") and a plan whose goal was a loudness in
dB SPL; both were read as standardized results. An instrument's reading has no norms to score
against, and a goal's target is no result at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _scores(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "standardized-scores" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Perceptual rating: moderate hypophonia. Prolonged vowel 60 dB SPL at 30 cm.",
        "Reading passage 57.5 dB SPL; conversation 55 dB SPL.",
        "LTG: conversational speech at 68 dB SPL in 4/5 trials.",
    ],
)
def test_a_loudness_reading_or_target_is_no_score(text: str) -> None:
    assert not _scores(text), text


@pytest.mark.parametrize(
    "text",
    [
        "VHI-10: 22. Vowel loudness 61 dB SPL.",
        "SIT 58% sentence intelligibility; reading 57 dB SPL.",
    ],
)
def test_a_voice_test_scored_beside_it_still_is(text: str) -> None:
    assert _scores(text), text


def test_a_voice_evaluation_with_only_loudness_readings_lacks_scores():
    evaluation = _note(
        "ev",
        "2026-02-02",
        "VOICE EVALUATION. PD with soft voice. Informal perceptual rating: mild-moderate "
        "hypophonia. Prolonged vowel 60 dB SPL at 30 cm. VHI-10 deferred, pt fatigued.\n"
        "POC: LSVT LOUD 4x/wk x 4 wks. Goal: conversation 70 dB SPL.",
    )
    bundle = record("92508", evaluation, reason="G20.A1")
    assert status(bundle, "SLP-002", as_of=date(2026, 2, 20))["status"] == "missing"


@pytest.mark.parametrize(
    ("goals", "scored"),
    [
        ("Goals: SIT >=80%; VHI-10 below 11.", "missing"),
        ("STG: SIT 80% in 4 wks.", "missing"),
        # the evaluation's own score still counts beside its goals
        ("SIT 61% at eval.\nGoals: SIT >=80%.", "met"),
    ],
)
def test_a_goals_target_score_is_no_score_given(goals: str, scored: str) -> None:
    evaluation = _note(
        "ev", "2026-02-02", f"VOICE EVALUATION. Informal perceptual rating only.\n{goals}"
    )
    bundle = record("92508", evaluation, reason="G20.A1")
    assert status(bundle, "SLP-002", as_of=date(2026, 2, 20))["status"] == scored
