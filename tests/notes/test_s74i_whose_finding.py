"""Whose finding it is (brief s74-i, blind wave 86).

A relative's own score or drug is not the patient's wherever the relative is named in the
sentence (LQ/slt-03: "Older brother (age 8) also has language delay - his CELF-5 CLS was 72");
an item a remark gives to someone else or lists in error is no evidence (LR/cgm-02: "'insulin'
listed by prior office - pt says that was her sister's, never on insulin"); a bed partner given
as the speaker before a colon tells of the patient's night (LQ/slp-02: "Husband: loud snoring,
pauses, gasping").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.relative_speaker import speaks_for_patient
from smartapp.notes.whose_item import given_away_spans, relatives_own


def _findings(text: str, concept: str) -> list:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 5, 29))])
    return [f for f in found if f.concept == concept]


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted and not f.family for f in _findings(text, concept))


# --- a relative's own score or drug -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            'Hx (per mother): bilateral CI 10/15/25. Mother says she responds to her name now but '
            '"only says mama, up, more." Older brother (age 8) also has language delay - his '
            "CELF-5 CLS was 72 last year.",
            "standardized-scores",
        ),
        ("Brother has language delay; his CELF-5 CLS was 72 last year.", "standardized-scores"),
        ("Brother's CELF-5 CLS was 72 last year.", "standardized-scores"),
        ("Sister has T1DM on insulin pump.", "insulin-treated"),
        ("Mother takes insulin.", "insulin-treated"),
    ],
)
def test_a_relative_s_own_score_or_drug_is_not_the_patient_s(text: str, concept: str) -> None:
    assert _findings(text, concept)
    assert not _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # "his" is the patient: the relative only tells, or is of the other sex.
        ("Mother says his CELF-5 CLS was 72 last year.", "standardized-scores"),
        ("Brother has language delay; her CELF-5 CLS was 72 last year.", "standardized-scores"),
        ("Eval 3/2026: his CELF-5 CLS was 72.", "standardized-scores"),
        ("Wife reports he snores.", "sleep-symptom"),
    ],
)
def test_the_patient_s_own_still_counts(text: str, concept: str) -> None:
    assert _asserted(text, concept)


def test_relatives_own_reads_the_pronoun_of_the_relative_s_sex() -> None:
    text = "Sister is on insulin - her A1c 7.1; his A1c 9.4."
    assert relatives_own(text, text.index("A1c"))
    assert not relatives_own(text, text.rindex("A1c"))
    plain = "Lives with his wife and son; his knee pain limits walking."
    assert not relatives_own(plain, plain.index("knee"))


# --- an item given to someone else ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Allergies reviewed: 'insulin' listed by prior office - pt says that was her sister's, "
        "never on insulin.",
        "Pt says insulin listed was her sister's.",
        "Insulin on med list belongs to her husband.",
        "Insulin listed in error.",
    ],
)
def test_an_item_given_to_someone_else_is_no_evidence(text: str) -> None:
    assert _findings(text, "insulin-treated")
    assert not _asserted(text, "insulin-treated")


@pytest.mark.parametrize(
    "text",
    [
        "Insulin was her mother's biggest worry.",
        "Insulin glargine 20 u qhs since 2024.",
    ],
)
def test_an_item_not_given_away_stands(text: str) -> None:
    assert _asserted(text, "insulin-treated")


def test_given_away_spans_cover_the_words_before_the_remark() -> None:
    text = "'insulin' listed by prior office - pt says that was her sister's, never on insulin."
    assert [text[a:b] for a, b in given_away_spans(text)] == ["'insulin' listed by prior office"]


# --- a bed partner as the speaker -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "65F, HFrEF EF 30%. Husband: loud snoring, pauses, gasping; she wakes 4-5x/night SOB.",
        "Wife: snores loudly, stops breathing at night.",
        "Bed partner: witnessed apneas, gasping.",
    ],
)
def test_a_bed_partner_speaking_tells_of_the_patient_s_night(text: str) -> None:
    assert speaks_for_patient(text)
    assert _asserted(text, "sleep-symptom")


@pytest.mark.parametrize(
    "text",
    [
        "FHx: brother - OSA on CPAP.",
        "FHx: father - loud snoring, OSA.",
        "Husband: diabetic, uses a walker.",
    ],
)
def test_a_family_history_entry_is_no_speaker(text: str) -> None:
    assert not speaks_for_patient(text)


def test_a_family_history_snorer_stays_the_family_s() -> None:
    found = _findings("FHx: father - loud snoring, OSA.", "sleep-symptom")
    assert found and all(f.family for f in found)


def test_a_relative_speaking_with_the_patient_s_pronoun_still_counts() -> None:
    assert speaks_for_patient("Mother: he stutters on initial sounds.")
