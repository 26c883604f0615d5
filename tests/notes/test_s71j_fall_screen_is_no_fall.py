"""A fall screen's name is no fall the patient had (blind wave 80, KS/dme-walker-02).

An Annual Wellness Visit's "Functional status / fall screen: no falls in past 12 mo." beside a
TUG of 8.9 s and a steady gait gave the heading's "fall" as the walking limitation NCD 280.3 asks
for: a gap called met. A screen's name ("fall screen", "falls screening", "fall hx", "fall risk
assessment") and a fall risk rated low find no fall; what a screen found is read on its own, and
a screen answered positive or a risk rated high stays a limit.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 8, 3))]
    return [
        f.text
        for f in find_findings(notes)
        if f.category == "functional-deficits"
        and not (f.negated or f.family or f.hypothetical or f.speculative or f.normal)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Functional status / fall screen: no falls in past 12 mo.",
        "Fall screening negative; independent in ADLs.",
        "STEADI fall screen: no falls, not unsteady, not worried about falling.",
        "AWV fall screening: 0 falls, feels steady.",
        "Falls screen neg",
        "fall scrn: no falls x12 mo",
        "Fall risk: low",
        "Fall risk assessment: low risk, no falls.",
        "Fall risk assessment (Morse): low",
        "fall risk - minimal",
        "Fall screen: negative.",
        "Fall hx: none.",
    ],
)
def test_a_fall_screen_finds_no_fall(text: str) -> None:
    assert _limits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fall screen: 2 falls in past 6 mo.",
        "Fall risk: high (2 falls)",
        "fell x2 since May",
        "frequent falls",
        "Fall screening: 3 falls this year, one with injury.",
        "Falls: 2 in past 6 months.",
        "Fall hx: fell in bathroom 6/30.",
        "Fall screen: positive.",
        "Falls screen + per STEADI",
        "Fall risk: high",
        "Fall hx: yes, tripped x2 at home.",
        "Fall risk assessment: moderate risk, 1 fall in past year.",
    ],
)
def test_falls_a_screen_found_stay_a_limit(text: str) -> None:
    assert _limits(text)
