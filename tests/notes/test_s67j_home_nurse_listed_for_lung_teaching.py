"""A home health nurse listed with the lung teaching the nurse is sent for, after a colon or a
dash as a referral or order lists disciplines: "HH RN: inhaler technique, O2 safety", "Referral:
home health RN - inhaler technique, O2 safety, COPD action plan", "Orders: HH RN 1w9: ...". The
lung-teaching reader knew "SN ...", a nurse needed and a nurse "for" it (session s67-f), and
left the colon out so that a home nurse's visit finding ("HH RN visit: technique good") stays
none. The colon form is an order's list when the nurse is home health's ("HH", "home health",
"home") and the line holds no verdict or act done: "HH RN: inhaler technique good, O2 safety
reviewed", "HH RN: taught inhaler technique" are the visit's findings. A bare "RN:" is left out:
it is as often who wrote or replied. Teaching the device and oxygen is skilled nursing (42 CFR
409.33(a)(3), 409.42(c)).
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
        "HH RN: inhaler technique, O2 safety.",
        "Referral: home health RN - inhaler technique, O2 safety, COPD action plan.",
        "Orders: HH RN 1w9: inhaler technique, O2 safety",
        "Home health nursing: resp assessment, MDI/spacer technique, oxygen safety",
        "HH RN 2x/wk x 4 wks: teach neb use, O2 safety",
        "home RN - COPD action plan, inhaler tech",
    ],
)
def test_a_home_nurse_listed_for_lung_teaching_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "HH RN visit: technique good",
        "HH RN: inhaler technique good, O2 safety reviewed.",
        "HH RN: pt demonstrates correct inhaler technique.",
        "Home health RN: O2 safety checked, no smoking in home.",
        "HH RN: taught inhaler technique and O2 safety, pt verbalized understanding.",
        "HH RN: inhaler technique poor, reinforce next visit.",
        "Home health nurse - no longer needed for inhaler technique; independent.",
    ],
)
def test_a_home_nurse_s_finding_or_act_done_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text
