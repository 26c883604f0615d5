"""A goal, target or expected relief of a block to come is no block's relief (brief s85-switch;
notes/relief_goals.py): "Plan MBB #1 next week; goal 80% relief" was read as an 80% relief, and
beside one real block of 85% it made IPN-008's two blocks of at least 80%. A relief the block
gave, told beside the goal ("goal 80% relief, achieved 90% relief", "goal met: 85% relief"),
still counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _reliefs(text: str) -> list[float]:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 5, 26), "Note")])
    return [
        f.value
        for f in found
        if f.concept == "block-relief" and not (f.negated or f.hypothetical or f.planned)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Plan MBB #1 next week; goal 80% relief.",
        "Plan bilateral L4-5 MBB #1 next week. Goal 80% relief.",
        "Target relief >= 80% after MBB.",
        "Hoping for at least 80% relief with MBB #1 on 6/2.",
        "Goal of >50% pain relief after ESI.",
        "Expected relief 80%.",
        "Need >=80% relief with each MBB to proceed to RFA.",
    ],
)
def test_a_relief_aimed_at_is_no_relief(text: str) -> None:
    assert _reliefs(text) == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MBB #1 5/1: 85% relief x 6h.", 85.0),
        ("MBB #1 5/1 - goal 80% relief, achieved 90% relief.", 90.0),
        ("s/p MBB 5/1 with 80% relief; goal met.", 80.0),
        ("Goal met: 85% relief after MBB #1.", 85.0),
        ("MBB #1 5/1: 90% relief; goal was 80%.", 90.0),
    ],
)
def test_a_relief_given_beside_a_goal_still_counts(text: str, value: float) -> None:
    assert value in _reliefs(text), text
