"""A walker or cane the patient falls with, written as a mobility exam's terse result after a
dash, colon or comma ("a few steps w/ walker - falls", "Rollator: falls"), and walking that
the device bounds at "a few steps", are a device that does not resolve the limitation
(NCD 280.3 B; blind wave 51, GK/wheelchair-03). A falls risk, falls denied or counted zero,
and a few steps walked with no bound said, stay no such finding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _insufficient(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 7, 1))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    ["MS with spastic legs, household mobility w/ rollator - falls.",
     "Mobility: quad cane: still falls at home.",
     "He cannot ambulate more than a few feet using his walker.",
     "Only a few steps w/ front-wheeled walker."],
)  # fmt: skip
def test_falls_after_the_device_or_a_few_steps_with_it(text: str) -> None:
    assert _insufficient(text)


@pytest.mark.parametrize(
    "text",
    ["Walks with walker - falls risk reviewed.",
     "Rollator: no falls since spring.",
     "Cane, falls x0 this year.",
     "Takes a few steps with walker to the car."],
)  # fmt: skip
def test_a_risk_no_falls_or_unbounded_steps_is_none(text: str) -> None:
    assert not _insufficient(text)
