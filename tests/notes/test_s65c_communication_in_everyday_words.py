"""A communication deficit in the everyday words a parent or spouse tells it (brief s65-c; blind
wave 67, IU/slp-01: "Mom says strangers get maybe half of what he says", "kindergarten teacher
says he 'doesn't follow directions'"; IU/slp-02: "SIT 42% intelligibility", "Wife 'translates'
phone calls"). How much strangers understand, directions not followed, and a family member who
speaks for the patient are the deficit in daily terms (LCD L34563). Told by the family it is still
the patient's deficit, not family history. Not: speech understood by all, a hearing screen
passed, a goal's target, a family that translates another language, a sibling's delay.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limit_told(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s1", text, dt.date(2026, 1, 13))])
    return any(f.concept == "communication-limitation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mom says strangers get maybe half of what he says.",
        "Per mother, strangers understand ~half of his speech.",
        "Unfamiliar listeners understand about 50% of her utterances.",
        "~50% intelligible to unfamiliar listeners.",
        "Speech approx 25% intelligible to strangers in conversation.",
        "SIT 42% intelligibility (sentences), FDA-2 severe dysarthria.",
        "Intelligibility to unfamiliar listeners about 40% in connected speech.",
        "Kindergarten teacher says he 'doesn't follow directions'.",
        "He continues to struggle with following classroom directions.",
        "S: dad reports pt does not follow 2-step commands at home",
        "Wife 'translates' phone calls; he quit going to pharmacy alone.",
        "Husband interprets her speech for others at appointments.",
        "Mother speaks for him at the store, pt frustrated.",
        "wife has to make his phone calls now",
    ],
)
def test_the_deficit_in_everyday_words_is_told(text: str) -> None:
    assert _limit_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "Understood by family and strangers.",
        "Strangers understand him well; speech 95% intelligible.",
        "Hearing screen passed 8/2025.",
        "Goals: follow 2-step directions 80%.",
        "Goal: strangers understand 80% of utterances by 6 months.",
        "Follows 2-step directions without difficulty.",
        "Family speaks Spanish; daughter translates at visits.",
        "Spanish-speaking mother; sister translates for him at visits.",
        "Daughter translates phone calls (pt speaks only Vietnamese).",
        "Mother translates; interpreter declined (primary language Somali).",
        "Older sister had a speech delay; resolved with therapy.",
    ],
)
def test_what_names_no_deficit_stays_untold(text: str) -> None:
    assert not _limit_told(text)
