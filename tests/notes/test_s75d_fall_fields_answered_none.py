"""A fall screen answered by its own fields, a one-letter answer and a longer count field find no
fall (brief s75-d, blind wave 88, LZ/walker-03: "Fall risk screen - falls past 12 mo: 0; afraid
of falling: no" gave the screen's name "Fall risk" as the walking limitation).

The screen's name heading its fields is the questions (score_bands.fall_risk_only_named); a
form's "? N" is its "? No" (statement_cuts, field_answers); a count field may run to four words
before its colon ("Number of falls in past 12 months: 0") and its zero may carry a remark in
brackets ("0 (husband has fallen)"). A field that found falls, a screen answered positive and a
"? Y" stay.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 5, 27))]
    return [
        f.text
        for f in find_findings(notes)
        if f.category == "functional-deficits"
        and not (f.negated or f.family or f.hypothetical or f.speculative or f.normal)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rooming: Fall risk screen - falls past 12 mo: 0; afraid of falling: no; uses device: no.",
        "Fall risk screen (STEADI) - falls: 0, afraid of falling: N",
        "Fall risk: falls past 12 mo: 0",
        "Fall in past year? N",
        "Any falls in past 12 months? N.",
        "Number of falls in past 12 months: 0",
        "Falls past 12 mo: 0 (husband has fallen)",
    ],
)
def test_a_screen_or_field_answered_none_finds_no_fall(text: str) -> None:
    assert _limits(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Fall risk screen - falls past 12 mo: 2",
        "Fall risk screen positive - 3 falls",
        "Fall risk screen: positive: 2 falls",
        "Fall risk: high",
        "Fall in past year? Y",
        "Number of falls in past 12 months: 3",
    ],
)
def test_a_screen_or_field_that_found_falls_stays(text: str) -> None:
    assert _limits(text), text
