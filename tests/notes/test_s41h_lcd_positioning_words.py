"""The hospital bed LCD's own words are the positioning need, however shortened (L33820:
"positioning of the body in ways not feasible with an ordinary bed"; blind wave 44, FL/bed-02:
"Needs positioning w/ body in positions not feasible in ordinary bed" was read as denied on its
own "not"). The "not" belongs to the criterion; a denial before the phrase still denies it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _positioning(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 5, 12))])
    return any(f.concept == "positioning-need" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "C6 tetraplegia. Requires positions not feasible in his standard bed (HOB 45, side-lying).",
        "Needs body positioning in ways not possible in regular bed.",
        "ALS: positioning w/ body in positions not achievable in a normal bed.",
    ],
)
def test_the_lcd_phrase_is_the_need(text: str) -> None:
    assert _positioning(text)


@pytest.mark.parametrize(
    "text",
    [
        "No need for positioning in positions not feasible in a standard bed.",
        "Does not require positions not achievable in his standard bed; sleeps flat without issue.",
        "He has no positioning needs.",
    ],
)
def test_a_denial_before_the_phrase_still_denies_it(text: str) -> None:
    assert not _positioning(text)


def test_the_lcd_sentence_pasted_verbatim_is_not_read_as_the_need() -> None:
    # Supplier letters paste it whole; the chart, not the letter, says whether it holds.
    letter = "Pt requires positioning of the body in ways not feasible with an ordinary bed."
    assert not _positioning(letter)
