"""A nurse said to be needed for a nurse's skill is the skilled need HHC-002 asks for: "Skilled
RN needed for daily wt/diuretic titration per protocol, med reconciliation (12 meds), teaching
on 2 g Na diet" (blind wave 81, KX/home-health-02: the telehealth F2F before the start of care,
read as no need, a false "missing"). Observation and assessment, teaching and training, and
managing medicines take a nurse's skill (42 CFR 409.33(a)); a nurse needed for a lab draw,
to call, or only if things get worse is none (409.42(c)(1)), and a need denied stays denied.
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
        "Skilled RN needed for daily wt/diuretic titration per protocol, med reconciliation "
        "(12 meds), teaching on 2 g Na diet. Referred to home health.",
        "HH RN required for daily weights, diuretic titration per protocol.",
        "LPN needed to titrate diuretic per protocol.",
        "SN needed for daily wt monitoring and lasix titration",
        "Skilled RN necessary for assessment of volume status",
        "skilled nurse is required for weekly wound measurements and dressing changes",
        "RN indicated for new insulin start, teaching + glucose monitoring",
        "Skilled nursng needed for med reconcilation",
        "Home nurse needed to instruct caregiver on PEG feeds.",
        # Wordings the reader already took, kept as they are.
        "SN for med teaching.",
        "needs skilled nursing for wound care",
        "requires skilled observation and assessment",
        "PT for gait training",
    ],
)
def test_a_nurse_needed_for_a_skill_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "no skilled need identified",
        "aide only for bathing",
        "pt independent with meds",
        "Skilled RN not needed; daughter manages meds.",
        "No RN needed for diuretic titration, pt/daughter independent.",
        "RN needed for lab draw only.",
        "Nurse needed to call pt with results.",
        "Skilled RN will be needed if wound worsens.",
        "Nurse practitioner needed for med refill.",
        "Nursing home placement needed for 24 h supervision.",
    ],
)
def test_a_need_denied_a_draw_a_call_or_a_maybe_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text
