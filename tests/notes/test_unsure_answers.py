"""A field answered "not sure" names its target without stating it: "Work related? pt says 'not
sure'" is no injury at work (a false-ready risk the s42-d session noticed on FX/work-rehab-03);
"Work related? Yes - lifting" still is one."""

from __future__ import annotations

import pytest
from stated_findings import stated


@pytest.mark.parametrize(
    "text", ["Work related? pt says 'not sure'.", "Work-related: unsure.", "Injured at work: ??"]
)
def test_a_field_answered_unsure_states_nothing(text: str) -> None:
    assert not stated(text, "injured-at-work")


@pytest.mark.parametrize(
    "text", ["Work related? Yes - lifting at warehouse 3/2.", "Hurt at work 3/2 lifting boxes."]
)
def test_a_field_answered_yes_still_states_it(text: str) -> None:
    assert stated(text, "injured-at-work")
