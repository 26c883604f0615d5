"""A CPAP titration that left obstructive events, or was given up for bilevel, is a failed CPAP.

LCD L33718 covers a bi-level device (E0470) after a CPAP tried and proven ineffective in a
facility or at home; a sleep lab moves to bilevel when events go on at the top CPAP pressure or
the pressure is not tolerated. The lab's report says so in its own words, with no "failed".
A titration whose events were cleared, or a switch still to come, is none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _failed_cpap(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 5, 2))])
    return any(f.concept == "failed-cpap" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "In-lab CPAP titration 4-15 cm with continued obstructive apneas at 15, bilevel next.",
        "Titration night on CPAP: persistent hypopneas despite 14 cm, changed to BPAP 17/11.",
        "CPAP titrated 5-13, pt converted to bi-level for pressure discomfort, events controlled.",
    ],
)
def test_a_titration_that_left_events_or_went_to_bilevel_is_a_failed_cpap(text):
    assert _failed_cpap(text)


@pytest.mark.parametrize(
    "text",
    [
        "CPAP titration 5-11 cm H2O: no residual events at 11, optimal pressure 11.",
        "CPAP titrated to 8 cm; residual hypopneas abolished at 8.",
        "Plan CPAP titration; if events remain at 15 she will be switched to bilevel.",
        "CPAP titration study scheduled for next month.",
    ],
)
def test_a_titration_that_worked_or_is_to_come_is_not(text):
    assert not _failed_cpap(text)
