"""A form or review-of-systems field answered negative denies what it names (blind wave 25,
CM/cgm-02): 'Hypoglycemia: neg - no lows, no glucagon use.' met CGM-001 as problematic
hypoglycemia (the regex target ran on to 'glucagon'). Wave 15 read 'Locked knee: No' as a
denial; the same holds for 'neg'/'negative', for a dash instead of a colon ('Fever - none') and
for an answer explained after a dash. A test's field answered negative is the test's result,
not its absence ('Prior germline testing: negative', 'TB screening - negative'), and an answer
that goes on to what did happen ('neg - but needed glucagon') is no denial. Nor is 'Ozempic
(injectable, non-insulin)' or 'non-insulin-dependent DM' insulin treatment."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement_wave21_past_insulin import _cgm

BASE = "T2DM on metformin and Ozempic (non-insulin). "


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Hypoglycemia: neg - no lows, no glucagon use.",
        "Hypoglycemia: negative.",
        "Hypoglycemia: negative - never needed glucagon or EMS.",
        "Severe hypoglycemia - none.",
        "Hypoglycemia requiring glucagon/EMS: neg.",
        "Hypoglycemia? neg - no ER visits.",
        # A drug or a diabetes called non-insulin is no insulin.
        "Non-insulin-dependent DM; no lows.",
    ],
)
def test_hypoglycemia_answered_negative_is_none(text: str) -> None:
    assert _cgm(BASE + text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Hypoglycemia: 2 episodes requiring glucagon by spouse in 1/2026.",
        "Hypoglycemia: neg - but needed glucagon from EMS 1/2026.",
        "Severe hypoglycemia: yes - EMS called 12/2025.",
    ],
)
def test_hypoglycemia_told_still_counts(text: str) -> None:
    assert _cgm(BASE + text) == "met", text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Fever: negative.", "fever"),
        ("Fever - none.", "fever"),
        ("Snoring: neg - per wife.", "sleep-symptom"),
        ("Cancer history - negative.", "cancer-history"),
    ],
)
def test_symptom_field_answered_negative_is_denied(text: str, concept: str) -> None:
    assert not _asserted(text, concept), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # A test's field answered negative: the test was done, its result negative.
        ("Prior germline testing: negative - Myriad 2019.", "prior-germline-test"),
        ("Sleep study: negative.", "sleep-study"),
        ("TB screening - negative.", "tb-screening"),
        ("Fever: yes - 101.2 last night.", "fever"),
        ("Fever: neg - except low-grade 100.4 on 3/2.", "fever"),
    ],
)
def test_a_result_or_a_told_symptom_is_kept(text: str, concept: str) -> None:
    assert _asserted(text, concept), text


def test_an_answer_is_the_fields_not_a_finding_inside_it() -> None:
    # The answer after the dash is the genetic test's, not the mother's cancer named before it.
    text = (
        "Genetic testing: BRCA1/2 full sequence 2019 (ordered for mother's breast ca dx 52)"
        " - negative."
    )
    found = find_findings([NoteInput("D/1", text)])
    history = [f for f in found if f.concept == "hereditary-cancer-history"]
    assert history and not any(f.negated for f in history)
