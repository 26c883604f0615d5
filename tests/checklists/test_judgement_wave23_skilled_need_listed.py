"""Blind wave 23: home therapy's skills listed after its frequency and a colon.

A PT re-evaluation's "Plan: recommend recert PT 2w4 (8 visits): gait, balance, stair training,
HEP progression" says which skilled therapy is needed (CC/hh-02: the skilled need was called
missing because the skills followed a colon). A bare frequency or an order still to be placed
says no skill.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _skilled(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "skilled-need")


@pytest.mark.parametrize(
    "text",
    [
        "Plan: recommend recert PT 2w4 (8 visits): gait, balance, stair training, HEP progression.",
        "PT 2w4 (8 visits): gait, balance.",
        "OT 2x/wk x 4 wks - ADLs and home safety.",
        "Home PT 2x/wk x 4 wks - gait, stairs.",
    ],
)
def test_home_therapy_with_its_skills_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "PT 2w4 (8 visits).",
        "Will order home PT.",
        "PT: gait belt used.",
        "PT 2w4 (8 visits): see plan of care.",
    ],
)
def test_a_frequency_or_a_gait_belt_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text
