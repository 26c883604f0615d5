"""A hereditary syndrome named as the topic of counseling is no history the patient has.

GEN-001 asks for a personal or family cancer history that meets the testing criteria (UHC
CS049, NCCN as summarized). "Counseling done: Lynch syndrome" tells what the counseling went
through, not that the patient or a relative has the syndrome; it was read as the patient's own
hereditary history (noticed at an earlier stop, brief s90-noticed2). The syndrome or cancer
named right after a counseling or education label ("Counseling done:", "Counseled re:",
"Genetic counseling regarding", "Education provided on") is the topic; one the statement goes on
to date, diagnose or give to a relative is still the history ("Counseling done: Lynch syndrome
dx 2019"), and so is one named as hers ("counseled re her Lynch syndrome"), and the history told
without a counseling label ("h/o Lynch syndrome", "Lynch syndrome dx 2019").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _history(text: str, family: bool = False) -> bool:
    found = find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 5, 4))])
    return any(
        f.concept == "hereditary-cancer-history"
        and not (f.negated or f.hypothetical or f.speculative)
        and f.family == family
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        # the wording noticed
        "Counseling done: Lynch syndrome.",
        "Genetic counseling completed re: Lynch syndrome.",
        "Counseled re Lynch syndrome and the colonoscopy schedule if positive.",
        "Pre-test counseling provided regarding hereditary nonpolyposis colorectal cancer.",
        "Education provided on Lynch syndrome, GINA, VUS rate.",
    ],
)
def test_the_topic_of_counseling_is_no_history(text: str) -> None:
    assert not _history(text), text
    assert not _history(text, family=True), text


@pytest.mark.parametrize(
    "text",
    [
        "h/o Lynch syndrome.",
        "Lynch syndrome dx 2019.",
        "Counseling done: Lynch syndrome dx 2019 (MSH2 carrier).",
        "Counseled re her Lynch syndrome and screening for her children.",
        "Counseled re: known Lynch syndrome; cascade testing for siblings.",
        "Endometrial cancer at 48. Counseling done: Lynch implications.",
    ],
)
def test_the_patients_history_still_counts(text: str) -> None:
    assert _history(text), text


def test_a_relatives_syndrome_after_the_label_is_the_family_history() -> None:
    text = "Counseling done: Lynch syndrome in mother (MLH1+), cascade testing offered."
    assert _history(text, family=True) or _history(text)
