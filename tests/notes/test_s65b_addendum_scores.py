"""Standardized scores written in an addendum below the goals are the evaluation's scores
(brief s65b-slp).

Blind wave 110, OZ/speech-language-02: the evaluation deferred testing, its plan line set goals
inline ("Plan: 1x/wk x 24 wks; goals: ..."), and "ADDENDUM 9/25/26: standardized testing completed
today - PLS-5 Auditory Comprehension SS 63, ..." on the next line was read under that "goals:"
label, so SLP-002 (which leaves goals' targets out) found no score. An addendum's label ends the
goals or list above it; a test deferred, planned, informal or with its score left blank stays no
score, in an addendum as anywhere.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.segments import segment

_EVAL = (
    "SLP AUDITORY-VERBAL EVAL 9/18/26\n"
    "Standardized testing: deferred - child fatigued, will attempt at next session.\n"
    "Informal probes: detects Ling 6 sounds, identifies 3/6 closed-set words, no open-set.\n"
    "Plan: 1x/wk x 24 wks; goals: closed-set 12-word ID 90%; follow 2-step auditory-only"
    " directions 80%; open-set sentences 50%.\n"
)


def _scores(text: str) -> list[str]:
    """The standardized scores the note reports, outside its goals (as SLP-002 reads them)."""
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 25))])
    return [
        f.text
        for f in found
        if f.concept == "standardized-scores"
        and f.section != "goals"
        and not (f.negated or f.hypothetical or f.planned or f.normal)
    ]


@pytest.mark.parametrize(
    "addendum",
    [
        # the case's wording
        "ADDENDUM 9/25/26: standardized testing completed today - PLS-5 Auditory Comprehension"
        " SS 63, Expressive Communication SS 66 (both < -2 SD); ESP (Early Speech Perception)"
        " pattern perception category 2. Goals unchanged. -- B. Kowalski CCC-SLP",
        # other wordings of the same fact
        "Addendum (9/25/26): PLS-5 AC SS 63, EC SS 66.",
        "Addendum: CELF-5 CLS 72, 3rd percentile.",
        "Late entry 9/25/2026 10:15 - GFTA-3 SS 58, 2nd %ile.",
        "ADDENDUM 9/25/26 - EVT-3 SS 81; PPVT-5 SS 84.",
    ],
)
def test_addendum_scores_after_goals_count(addendum: str) -> None:
    assert _scores(_EVAL + addendum)


@pytest.mark.parametrize(
    "addendum",
    [
        # planned or deferred, informal, or the score field left blank: no score
        "ADDENDUM 9/25/26: PLS-5 to be administered next session.",
        "Addendum: standardized testing deferred again - child ill.",
        "Addendum 9/25/26: informal language sample only; 2-word utterances.",
        "ADDENDUM 9/25/26: PLS-5 AC SS ***, EC SS ***.",
    ],
)
def test_addendum_without_a_score_is_none(addendum: str) -> None:
    assert not _scores(_EVAL + addendum)


def test_goals_line_after_goals_stays_goals() -> None:
    # Without an addendum's label the next line is still the goals' (a goal's target is no
    # score): "Goals:" then "PLS-5 AC SS >= 75 by discharge".
    text = "Goals:\nImprove receptive language.\nPLS-5 AC SS >= 75 by discharge.\n"
    assert not _scores(text)


def test_addendum_label_ends_only_a_list_or_goals() -> None:
    text = "Plan: PT 2x/wk.\nADDENDUM 9/25/26: will add home program.\n"
    assert [s.section for s in segment(text)][-1] == "plan"
    text = "Meds: lisinopril 10 mg\nADDENDUM 9/25/26: CELF-5 CLS 72.\n"
    assert [s.section for s in segment(text)][-1] == ""
