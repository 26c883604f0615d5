"""Therapy goals "not met" are the therapy's outcome, not a denial of the therapy (context.yaml,
OUTCOME): "PT 5 visits, goals not met" had its PT negated by the backward "not met", and a
latest note so worded took back the whole course of OCC-002 (work conditioning after acute
therapy), every visit note included (noticed at stop 70, brief s71-c; a false alarm).

A criterion or requirement "not met" ("PT requirement not met", "6 wks PT: not met") still
denies, and care denied in its own words stays denied. The course of OCC-002 so told is
tests/checklists/test_s71c_goals_not_met_course.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 4, 16))])
    return any(f.concept == concept and f.asserted for f in found)


_GOALS_NOT_MET = [
    "PT 5 visits, goals not met.",
    "PT x 6 wks - STG not met, LTG not met.",
    "PT 3/10-4/7 (5 visits), goals not met, d/c to HEP.",
    "Pt did not meet PT goals after 6 visits.",
    "Physical therapy completed: 8 visits, LTGs not met.",
    "PT d/c'd 4/7 - goals not met, pt plateaued.",
    "Therapy: PT 2x/wk x 4 wks, long-term goals not met",
    "PT 5 visits, goal not met (lift 50 lb).",
    "PT 5 visits, functional goals not met",
    "s/p PT x5 visits, did not meet goals",
]


@pytest.mark.parametrize("said", _GOALS_NOT_MET)
def test_therapy_whose_goals_were_not_met_was_had(said: str) -> None:
    assert _asserted(said, "physical-therapy")


@pytest.mark.parametrize(
    "said",
    [
        "PT requirement not met.",
        "Conservative care (6 wks PT): not met.",
        "No PT to date; goals not met with home stretching.",
        "Has not tried PT, goals not met.",
    ],
)
def test_care_denied_or_a_requirement_not_met_stays_denied(said: str) -> None:
    assert not _asserted(said, "physical-therapy")
