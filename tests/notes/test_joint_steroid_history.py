"""A joint's injection history as a terse line lists it ("R hip: steroid 2/2024 and 8/2024")
names the joint's steroid injections, and under an Assessment and Plan a month of a year before
the note's is care had, not planned (blind wave 56). Undated, or dated ahead, it stays a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.statement_kinds import reports_done

WRITTEN = dt.date(2025, 9, 8)


def _injections(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, WRITTEN)])
    return [f for f in found if f.concept == "corticosteroid-injection" and f.asserted]


@pytest.mark.parametrize(
    "line",
    ["R hip: steroid 2/2024 and 8/2024, ~3 wks each.", "Knee: steroids x2 (1/2024, 6/2024)."],
)
def test_a_dated_steroid_under_a_joint_is_its_injection(line: str) -> None:
    found = _injections(f"Assessment/Plan:\nHip OA.\n{line}\nPlan: hyaluronan series.")
    assert found and not any(f.planned for f in found)


def test_an_undated_steroid_under_a_joint_is_no_injection() -> None:
    assert not _injections("Assessment/Plan:\nKnee: steroid discussed, she declined.")


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("PT 3/2024-5/2024, HEP.", True),
        ("Kenalog March 2024.", True),
        ("Repeat MRI 1/2026.", False),
        ("Steroid injection at next visit 10/2025.", False),
    ],
)
def test_a_month_of_a_year_gone_is_care_had(text: str, done: bool) -> None:
    assert reports_done(text, WRITTEN) is done
