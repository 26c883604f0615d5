"""A CPAP proven ineffective during a facility titration is a failed CPAP (blind HA/cpap-03).

LCD L33718 covers a bi-level device (E0470) when CPAP was tried and proven ineffective, in a
facility or at home. "CPAP titration 5-15 cm: residual obstructive events at 15; switched to
bilevel" says so by what the titration left; the engine read only the words "failed" or
"ineffective" and called the trial missing. Events called gone or few, or a titration of
another device, are no failure. The device by its HCPCS code is the same ("E0601 proven
ineffective during the facility titration", the case's own label words: brief s81-near).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _failed(text: str) -> bool:
    found = find_findings([NoteInput("DiagnosticReport/s1", text, dt.date(2026, 8, 15))])
    return any(f.asserted for f in found if f.concept == "failed-cpap")


@pytest.mark.parametrize(
    "text",
    [
        "CPAP titration 5-15 cm: residual obstructive events at 15; switched to bilevel.",
        "CPAP titrated to 20 cm with persistent obstructive apneas.",
        "CPAP titration up to 18 cm H2O, ongoing obstructive events, converted to BPAP.",
        "E0601 proven ineffective during the facility titration.",
        "E0601 trial failed, intolerant of pressure.",
    ],
)
def test_events_left_by_the_titration_are_a_failed_cpap(text: str) -> None:
    assert _failed(text)


@pytest.mark.parametrize(
    "text",
    [
        "CPAP titration 5-11 cm, residual events resolved at 11.",
        "CPAP titration 5-12: no residual events at 12.",
        "CPAP titration 4-10 cm with minimal residual events.",
        "BiPAP titration: residual obstructive events at 20/16.",
        "CPAP titration 5-9 cm; optimal pressure 9, events eliminated.",
        "E0601 ordered, pressure 10 cm.",
    ],
)
def test_a_titration_that_worked_or_another_device_is_no_failure(text: str) -> None:
    assert not _failed(text)
