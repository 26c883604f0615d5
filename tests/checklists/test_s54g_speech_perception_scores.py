"""Speech perception scored without a test's brand name is a test result (SLP-002; blind wave
60, HS/slp-03). An auditory rehabilitation evaluation reports what the listener recognised, as a
percent correct ("closed-set word ID 60%, open-set sentences in quiet 22%"), the audiologist's
word recognition score and speech reception threshold, or a named listening scale of a child
with cochlear implants (CASLLS, IT-MAIS, PBK, TACL-4). SLP-002 knew the spoken-language tests
(CELF, PLS, GFTA) and AzBio/CNC by name only. A goal's target, an informal check without a
score or with drill data, a parent's estimate, a test deferred or one whose score is pending is
no result."""

from __future__ import annotations

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
        "Testing: closed-set word identification 55%, open-set sentences in quiet 18%.",
        "Word recognition 84% R, 76% L at 50 dB HL.",
        "WRS: 88% right ear, 64% left ear.",
        "Speech discrimination score 72% in quiet.",
        "Sentence recognition in noise (+10 SNR): 45%.",
        "PBK words 40%; LNT easy words 52%.",
        "SRT 35 dB HL bilaterally.",
        "Open set sentences (HINT) 58% in quiet.",
        "| Measure | Result |\n| Word ID (closed set) | 70% |",
        "IT-MAIS 24/40.",
        "CASLLS level 4 (auditory).",
        "TACL-4 quotient 82.",
        "EOWPVT-4: 12th percentile.",
    ],
)
def test_speech_perception_scores_are_test_results(text: str) -> None:
    assert _scores(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Informal listening checks: did well with closed-set words in quiet, struggles in noise.",
        "Informal closed-set word ID 60%.",
        "Session: closed-set word ID 70% accuracy with min cues.",
        "Open-set sentence recognition 40% across 20 trials.",
        "Goals: open-set sentence recognition 60%; follow 2-step directions by listening 80%.",
        "STG: word recognition in quiet 80% by 6 wks.",
        "Pt will improve closed-set word identification to 90%.",
        "Word recognition testing deferred; pt fatigued.",
        "Word recognition testing to be done at next visit.",
        "Mom reports speech recognition improved about 50% since activation.",
        "Receptive vocabulary: ROWPVT-4 administered; scoring pending.",
        "Ling 6 sounds detected at 3 ft.",
    ],
)
def test_goals_checks_estimates_and_tests_not_scored_are_none(text: str) -> None:
    assert not _scores(text), text


def _evaluation(text: str) -> dict:
    return record("92630", _note("e1", "2026-02-20", text), reason="H90.3")


def test_a_scored_speech_perception_evaluation_meets_slp_002() -> None:
    text = (
        "AUDITORY REHABILITATION EVALUATION\n8y F, R CI activated 12/2025.\n"
        "Results: closed-set word identification 65%, open-set sentences in quiet 30%.\n"
        "Goals: open-set sentence recognition 60%.\nFrequency: 1x/week x 24 weeks."
    )
    assert status(_evaluation(text), "SLP-002")["status"] == "met"


def test_an_evaluation_with_only_informal_checks_and_goal_targets_is_missing_slp_002() -> None:
    text = (
        "AUDITORY REHABILITATION EVALUATION\nAdult, L CI activated 1/2026.\n"
        "Informal listening checks: did well with closed-set words in quiet. Not formally "
        "tested today.\nPlan: 1x/wk x 12 wks; goals: open-set sentence recognition in quiet "
        "70%; word ID in noise 60%."
    )
    assert status(_evaluation(text), "SLP-002")["status"] == "missing"
