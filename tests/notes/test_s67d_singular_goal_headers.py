"""A plan's goal written under a singular or numbered header (brief s67-d, class 4): "Goal:",
"STG 1:", "LTG #2 -", "Short-term goal 1:" head the same goals list "Goals:", "STG:" and "LTG:"
head, but only the plural and bare forms were section headers (sections.yaml), so the goals
under them were read as the section before. A word that only starts like a header ("Goal-directed
therapy", "Goal 150 ft by discharge", "Goal weight: 180 lb") heads nothing."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.section_headers import header_of


@pytest.mark.parametrize(
    "line",
    [
        "Goal:",
        "Goal: amb 150 ft with RW independently",
        "GOAL: return to full duty",
        "STG 1: indep stairs w/ rail",
        "LTG 2 - lift 50 lb floor to waist",
        "STG #1: don jacket indep",
        "Short term goal 1:",
        "Long-term goal: indep community ambulation",
        "LTG 1 (8 wks): return to work",
        "- STG 3: 90% intelligibility to unfamiliar listeners",
    ],
)
def test_a_singular_or_numbered_goal_label_heads_the_goals(line: str) -> None:
    assert header_of(line) == "goals", line


@pytest.mark.parametrize(
    "line",
    [
        "Goal-directed therapy discussed with pt.",
        "Goal 150 ft by discharge.",
        "Goal weight: 180 lb",
        "Goalie injury 2024.",
        "STG1 met, LTG pending.",
    ],
)
def test_a_word_that_only_starts_like_a_goal_header_heads_nothing(line: str) -> None:
    assert header_of(line) != "goals", line


def test_the_deficit_on_a_line_under_a_goal_header_is_its_aim() -> None:
    text = (
        "Objective: gait antalgic, amb 50 ft with RW, min assist.\n"
        "Goal:\n"
        "- amb 150 ft without device\n"
        "- indep stair negotiation 12 steps\n"
    )
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 21))])
    under = [f for f in found if f.category == "functional-deficits" and "150" in f.snippet]
    assert all(f.section == "goals" for f in under), under
