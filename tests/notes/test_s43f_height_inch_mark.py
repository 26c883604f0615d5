"""A height's inch mark is no quotation mark (blind wave 48: "Ht 5'2\"" in a note's vitals left
a quote open over the assessment and plan, so the surgeon's plan below it read as the patient's
quoted wish, flagged speculative)."""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.lines import quote_marks


def _plans(text: str) -> dict[str, bool]:
    """Each knee or shoulder replacement plan's statement -> whether it is read as speculative."""
    found = find_findings([NoteInput("DocumentReference/h1", text)])
    return {
        f.snippet: f.speculative
        for f in found
        if f.concept in ("knee-replacement-plan", "shoulder-replacement-plan")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Vitals: Ht 5'7\". BMI 31. Plan: R TKA scheduled 11/3.",
        "Ht 5' 11.5\" Wt 210 lb. A/P: end-stage OA. Proceed R anatomic TSA next month.",
    ],
)
def test_a_plan_after_a_height_is_not_quoted(text: str) -> None:
    plans = _plans(text)
    assert plans and not any(plans.values()), plans


def test_a_quoted_wish_after_a_height_is_still_quoted() -> None:
    text = 'Ht 6\'1". Pt message: "I think I want to go ahead with the knee replacement."'
    assert list(_plans(text).values()) == [True]


def test_inch_marks_are_not_counted_as_quotes() -> None:
    assert quote_marks("Ht 5'2\" and 5' 10\"") == []
    assert quote_marks('She said "no"') == [9, 12]
