"""Activity words that are not how a work injury happened (OCC-001).

- A line headed by the job ("Job: home aide - bathing clients, lifting up to 40 lb") lists what
  the job demands, as "Job demands:" does; a job line that tells of the injury stays one.
- An activity that brings the pain on now ("sore with overhead lifting"), one the worker cannot
  yet tolerate ("unable to tolerate repetitive stacking/lifting") or works to get back to
  ("wants to get back to lifting pallets") is the deficit or the goal, not the mechanism; "pain
  with lifting a crate on 5/3" tells of the event and stays one.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _mechanisms(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/w1", text)])
    return [(f.text, f.asserted) for f in found if f.concept == "mechanism"]


@pytest.mark.parametrize(
    "text",
    [
        "L shoulder pain. Job: home aide - bathing clients, lifting up to 40 lb, pushing chairs.",
        "Occupation: stocker - repetitive lifting of 30 lb cases, 10 h shifts.",
        "Knee better after PT, still sore with overhead lifting.",
        "PT d/c 2/2: gains in ROM, unable to tolerate repetitive stacking/lifting.",
        "Wants to get back to lifting pallets at the dock.",
    ],
)
def test_job_lines_limits_and_goals_are_no_mechanism(text: str) -> None:
    found = _mechanisms(text)
    assert not any(asserted for _, asserted in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Job: warehouse loader, hurt low back lifting a 70 lb box 4/2/26.",
        "Acute low back pain with lifting a crate on 5/3 at the dock.",
    ],
)
def test_the_injury_told_beside_them_stays_one(text: str) -> None:
    assert any(asserted for _, asserted in _mechanisms(text)), (text, _mechanisms(text))
