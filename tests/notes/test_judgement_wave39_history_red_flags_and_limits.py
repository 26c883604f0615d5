"""A history's red flags and a limit written with ">" (blind wave 39).

- A family history labelled inside a history line ends at the next sentence that names no
  relative: "HPI: 58M, PMH: prostate ca 2019. FHx: father - colon ca. New low back ache x 2 wks,
  unintentional wt loss 5 kg." gives the ache, its two weeks and the weight loss to the patient
  (DR/lumbar-mri-03 read them as the family's). A sentence naming a relative, or an item after a
  semicolon, is still the family's.
- Red flags in the shorthand of a history: a cancer named by organ and "ca", weight loss "wt".
- More than a time or distance is a limit when walking or standing that long brings the
  symptom on ("ache after walking >15 min"), not when it is exercise ("walks >30 min daily").
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.extract import extract_text
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.segments import segment

_HPI = (
    "HPI: 58M, PMH: prostate ca 2019 s/p prostatectomy. FHx: father - colon ca, brother - MI. "
    "New low back ache x 2 wks, constant. Unintentional\nwt loss 5 kg since spring."
)


def _section_of(text: str, words: str) -> str:
    return next(s.section for s in segment(text) if words in s.text)


def test_the_history_goes_on_about_the_patient_after_the_family_sentence() -> None:
    assert _section_of(_HPI, "father - colon ca") == "family"
    assert _section_of(_HPI, "New low back ache") == "hpi"
    assert _section_of(_HPI, "wt loss") == "hpi"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("HPI: snoring. FHx: father - stroke. Mother also with HTN.", "Mother also"),
        ("HPI: snoring. FHx: father - stroke; sister OSA.", "sister OSA"),
        ("HPI: snoring. FHx: father - stroke. No family hx of OSA.", "No family hx"),
    ],
)
def test_a_relatives_sentence_or_item_stays_the_familys(text: str, words: str) -> None:
    assert _section_of(text, words) == "family"


def _found(text: str, category: str) -> set[str]:
    notes = [NoteInput("D/1", text, date(2026, 5, 1))]
    return {f.concept for f in find_findings(notes) if f.category == category and f.asserted
            and not f.family}  # fmt: skip


def test_red_flags_in_a_historys_shorthand() -> None:
    assert _found(_HPI, "red-flags") >= {"cancer-history", "weight-loss"}


def test_the_familys_cancer_is_not_the_patients() -> None:
    assert not _found("FHx: mother - breast ca, father - lung ca.", "red-flags")


@pytest.mark.parametrize(
    "text",
    [
        "Knee ache after walking >15 min, better with rest.",
        "R hip pain 6/10, worse with standing > 20 min at work.",
        "SOB walking more than 50 ft.",
        "Walking >10 min brings on calf cramping.",
    ],
)
def test_more_than_a_time_that_brings_the_symptom_on_is_a_limit(text: str) -> None:
    assert _found(text, "functional-deficits")


def test_an_html_notes_escaped_sign_reads_the_same() -> None:
    html = b"<html><body><p>Low back pain with walking &gt;20 min.</p></body></html>"
    assert _found(extract_text(html, "text/html"), "functional-deficits")


@pytest.mark.parametrize(
    "text",
    [
        "Pain 2/10, walks >30 min daily for exercise.",
        "Knee pain resolved, walking >2 blocks without pain.",
        "R hip OA, aching after walking >1 mile; no falls.",
    ],
)
def test_walking_more_than_that_as_exercise_is_none(text: str) -> None:
    assert not _found(text, "functional-deficits")
