"""Care denied by the clause after it was never had: "Referred to PT 2/1. Never went." read the
PT as a course, because ConText's "never" stops at the full stop and the never-begun referral
reading looked only in the referral's own sentence. The denial is read back onto the care named
last before it that its verb fits (going fits a therapy, filling a drug, starting anything).
Care had and then left ("never went back"), a denial that names another care, or a remark that
the care did not help keeps the care."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _care(text: str) -> dict[str, bool]:
    """Each care concept in ``text`` and whether any naming of it reads as had."""
    found = find_findings([NoteInput("DocumentReference/c1", text, dt.date(2026, 3, 30))])
    care: dict[str, bool] = {}
    for f in found:
        if f.category == "conservative-treatment":
            care[f.concept] = care.get(f.concept, False) or f.asserted
    return care


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Sent to physical therapy 1/20. Never went.", "physical-therapy"),
        ("PT ordered in January. Did not attend.", "physical-therapy"),
        ("Naproxen 500 mg BID prescribed 2/2026. Never filled it.", "nsaid"),
        ("HEP reviewed and handout given; not doing it.", "home-exercise"),
        ("Referred to physio 12/2025. Pt never went (couldn't get time off).", "physical-therapy"),
        ("PT referral placed 2/9/26. She has not gone yet.", "physical-therapy"),
        ("Rx celecoxib 200 mg daily. Never picked it up - cost.", "nsaid"),
        ("Chiropractic referral 1/2026. Never scheduled.", "chiropractic"),
        ("HEP handout given.\nHas not started it.", "home-exercise"),
        ("Home exercises per handout. Not doing them.", "home-exercise"),
        ("Hinged knee brace dispensed 1/2026. Never wore it.", "bracing"),
        ("She was referred to physical therapy in January. Unfortunately she never went.",
         "physical-therapy"),
        ("Ibuprofen 800 prescribed. Pt admits he never filled it.", "nsaid"),
        ("Cyclobenzaprine 5 mg qhs Rx'd 2/1. Did not take it d/t drowsiness worry.",
         "muscle-relaxant"),
    ],
)
def test_care_the_next_clause_says_never_began_is_not_had(text: str, concept: str) -> None:
    care = _care(text)
    assert concept in care and not care[concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Referred to PT 1/20. Went to eval only, never went back.", "physical-therapy"),
        ("Completed 6 wks PT in the fall. Never went back.", "physical-therapy"),
        ("PT 1/5-2/20, 12 visits. Did not help.", "physical-therapy"),
        ("Meloxicam 15 mg x 3 months. Did not help much.", "nsaid"),
        ("HEP given; not doing it regularly.", "home-exercise"),
        ("Did 8 visits of PT. Did not do the home exercises.", "physical-therapy"),
        ("Referred to PT and given meloxicam. Never filled it.", "physical-therapy"),
        ("Referred to PT and given meloxicam. Never went.", "nsaid"),
        ("PT 2/1-3/15. Never went to ortho.", "physical-therapy"),
        ("PT 1/5-2/20, no better; referred to pain mgmt but never scheduled.", "physical-therapy"),
        ("Referred to PT 1/20. Never went. Eventually did go in March.", "physical-therapy"),
    ],
)
def test_care_had_left_or_another_denied_still_counts(text: str, concept: str) -> None:
    assert _care(text).get(concept)


def test_a_relatives_care_is_not_denied_again() -> None:
    text = "Mother did PT. Never went herself."
    note = NoteInput("DocumentReference/c2", text, dt.date(2026, 3, 30))
    found = find_findings([note])
    assert all(f.family and not f.negated for f in found if f.concept == "physical-therapy")
