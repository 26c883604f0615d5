"""A skilled need the statement says is already met is none now (brief s68-j, a false met risk
the fix sessions noted): the home nurse's visit line that rates the teaching ("SN: inhaler
technique good, O2 safety reviewed"), teaching mastered ("insulin teaching complete - pt
independent"), and therapy or nursing finished ("PT completed 3/1, goals met, discharged") each
met HHC-002 as a current skilled need. A statement that still looks ahead ("continue PT 2w4",
"still needs SN", "goals partially met", a goal set "by wk 3"), an evaluation done before the
care, a discharge from the hospital to home health, and the nurse ordered for the teaching stay
a need (42 CFR 409.42(c), 409.44).
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
        "SN: inhaler technique good, O2 safety reviewed.",
        "SN visit: inhaler technique correct, O2 safety reviewed with pt and wife.",
        "SN: COPD action plan reviewed, pt verbalizes understanding.",
        "SN: pt independent with inhaler technique and O2 safety.",
        "Insulin teaching complete - pt independent with insulin administration.",
        "Wound care teaching completed, caregiver independent with dressing changes.",
        "Med management teaching completed, pt managing meds independently.",
        "Home PT completed 3/1, goals met, discharged.",
        "PT 2w4 for gait training completed 1/15/26, goals met.",
        "Finished HH PT for gait/transfers 2/2026, d/c home with HEP.",
        "Discharged from skilled nursing 2/1/26, wound healed.",
    ],
)
def test_a_need_already_met_is_none_now(text: str) -> None:
    assert not _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "PT completed 8 visits, continue PT 2w4 for gait and balance.",
        "Insulin teaching completed, still needs SN for wound packing.",
        "PT eval completed 3/1, PT 2w4 for gait/balance.",
        "Goals partially met, continue home PT for gait, balance.",
        "Discharged home from the hospital 2/18 with HH SN for wound care and med teaching.",
        "SN 1w9 compression + wound care, teach stocking donning, goals healed by 6/30.",
        "Needs SN for inhaler technique and O2 safety teaching.",
        "SN 1x/wk x9 wks (COPD action plan, O2 safety, inhaler technique).",
        "SN: inhaler technique poor, needs reteaching.",
    ],
)
def test_a_need_still_open_stays_a_need(text: str) -> None:
    assert _skilled(text), text
