"""A template's question answered in one capitalised word stays one statement: "Unsteady gait?
No." denies the unsteadiness as "Unsteady gait? no" does, where a cut after the question mark read
the question as the finding stated (a review of systems' "Falls? No." as falls: a false ready)."""

from __future__ import annotations

import pytest
from stated_findings import stated


@pytest.mark.parametrize(
    "text",
    [
        "ROS: Unsteady gait? No. Uses a cane at home.",
        "Falls in past year? No. Dizziness? Yes.",
        "Falls? None.",
        "Unsteady gait? Neg, steady on exam.",
    ],
)
def test_a_question_answered_no_states_nothing(text: str) -> None:
    asked = [words for words in stated(text, "walking-limitation") if "cane" not in words]
    assert not asked


@pytest.mark.parametrize(
    "text",
    [
        "Unsteady gait? Yes.",
        "Falls in past year? Yes. Two, both on stairs.",
        "Any falls? Two since March, both at night.",
    ],
)
def test_a_question_answered_yes_or_told_still_states_it(text: str) -> None:
    assert stated(text, "walking-limitation")
