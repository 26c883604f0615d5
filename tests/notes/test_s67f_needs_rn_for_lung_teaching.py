"""A nurse needed for a lung patient's device and oxygen teaching, written with the nurse's
title rather than "SN": "Needs RN for inhaler technique, O2 safety, s/s exacerbation teaching,
SpO2 monitoring" (blind wave 70, JH/hh-03, a COPD patient sent home on new inhalers and 2 L of
oxygen). Teaching the inhaler's technique and oxygen safety is skilled nursing (42 CFR
409.42(c), 409.33(a)(3)); "SN ... inhaler technique" already counted, "RN"/"LPN"/"nurse" after
"needs" or before "for" is the same order. A nurse one is told to call, one no longer needed, or
a note's "inhaler technique good" under an RN's visit heading is no need.
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
        "Needs RN for inhaler technique, O2 safety, s/s exacerbation teaching, SpO2 monitoring.",
        "Pt needs HH RN for O2 safety and pulse ox checks.",
        "requires RN visits for MDI/spacer technique + COPD action plan",
        "Needs LPN for neb use and oxygen safety.",
        "Referral: home health RN for inhaler technique and O2 safety.",
        "S/p COPD exac - needs RN f/u for inhaler tech, home O2 safety.",
        "HH RN 2w3 for inhaler use, O2 safety.",
        "needs home RN for nebulizer technique",
    ],
)
def test_a_nurse_needed_for_inhaler_or_oxygen_teaching_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "RN visit: inhaler technique good, O2 safety reviewed, no concerns.",
        "HH RN visit 10/12: inhaler technique good, O2 safety reviewed.",
        "No longer needs RN for O2 safety - independent with inhaler technique.",
        "Does not need RN; inhaler technique good.",
        "RN to call with plan. Inhaler technique reviewed in clinic, correct.",
        "Daughter is an RN; she checks his inhaler technique.",
        "Call RN for any questions about inhaler use or O2 safety.",
    ],
)
def test_a_finding_a_call_or_a_nurse_not_needed_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text
