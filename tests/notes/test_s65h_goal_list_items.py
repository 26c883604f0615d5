"""A goal list's items after the first are goals, not deficits (brief s65-h, noticed by s65-c).

"Goals: follow 2-step directions 80%; intelligibility to unfamiliar listeners 90%" was cut at
';', and the second item, no longer beside its "Goals", was read as the communication deficit of
SLP-003; "LTG (8 wks): return to full duty; lift 50 lb floor to waist" as a lifting limit. A goal
is where the patient is to get. Still the deficit: one said before the goal ("unable to walk >
50 ft; goal 150 ft"), one under another label ("Problems: ...; Goals: ..."), one a goal line says
stands now ("currently", "baseline", "not met").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_DEFICITS = {
    "communication-limitation", "lifting-limitation", "walking-limitation", "adl-limitation",
    "activity-limitation", "reaching-limitation", "transfer-limitation",
}  # fmt: skip


def _deficits(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 1, 13))])
    return {f.concept for f in found if f.concept in _DEFICITS and f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Goals: follow 2-step directions 80%; intelligibility to unfamiliar listeners 90%",
        "Goals: follow 2-step directions 80%; strangers understand 80% of utterances",
        "LTG (8 wks): return to full duty; lift 50 lb floor to waist",
        "Goals:\n- follow 2-step directions 80%\n- intelligibility to unfamiliar listeners 90%",
        "Short-term goals (4 wks):\n1. amb 150 ft w/o AD\n2. lift 20 lb floor to waist",
        "Goal 1: follow directions; goal 2 - ~80% intelligible to unfamiliar listeners",
        "STG #2: carry 15 lb 50 ft; reach overhead to 2nd shelf",
        "LTGs (12 wk): indep ADLs; lift 40# floor to waist",
        "Long term goal: pt will be intelligible to strangers 90% of the time; 2-step directions",
        "Pt goals: return to work; carrying groceries 20 lb",
    ],
)
def test_a_goal_lists_targets_are_no_deficit(text: str) -> None:
    assert not _deficits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt unable to walk > 50 ft; goal 150 ft",
        "Problems: unintelligible to strangers; Goals: follow directions 80%",
        "Goals: lift 50 lb floor to waist (currently can lift only 10 lb)",
        "Goals:\n- pt unable to lift more than 10 lb; goal 50 lb",
        "STG 1 not met; lifting tolerance 10 lb",
        "Goals: intelligibility 90% (baseline ~40% intelligible to unfamiliar listeners)",
    ],
)
def test_a_deficit_beside_a_goal_still_counts(text: str) -> None:
    assert _deficits(text)
