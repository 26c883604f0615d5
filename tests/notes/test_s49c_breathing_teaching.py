"""Teaching a lung patient the inhaler, the oxygen and the action plan is skilled nursing (42 CFR
409.42(c): teaching and training; blind wave 53, GR/home-health-03: "SN for inhaler/O2
teaching", a plan of care's "SN 1x/wk x9 wks (COPD action plan, O2 safety, inhaler technique)").
The device's technique or oxygen safety counts only where a nursing order names it: a visit
note's "inhaler technique good" is a finding, and a weekly check of vitals is no skill.
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
        "Refer to home health: SN for nebulizer/oxygen teaching.",
        "HH RN to teach inhaler use with spacer.",
        "Orders: SN 2w3 (oxygen safety, MDI technique, when to call).",
        "SN weekly: COPD action plan review with daughter.",
    ],
)
def test_breathing_device_teaching_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Inhaler technique good. O2 safety reviewed last visit, no concerns.",
        "SN 1w8: vital signs, pulse oximetry check.",
        "On 2L O2 at rest; uses inhaler BID.",
    ],
)
def test_device_use_or_a_vitals_check_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text
