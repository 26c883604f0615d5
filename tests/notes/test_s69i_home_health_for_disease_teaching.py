"""Home health or its nurse needed for a disease's management or teaching (blind wave 74).

JV/home-health-01: a discharge summary after an admission that started three heart-failure drugs,
"Dispo: home with home health SN/PT ... HH needed for CHF mgmt/teaching", read as no skilled need
(HHC-002): managing a care plan and teaching it are skilled services (42 CFR 409.33(a)(2)-(3)).
A bare "HH needed", a discipline referral, a declined service and a nurse's visit line that
reviewed the teaching stay none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _skilled_need(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 1, 29))])
    return [f for f in found if f.concept == "skilled-need" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Dispo: home with home health SN/PT. HH needed for CHF mgmt/teaching.",
        "SN for CHF management and teaching.",
        "RN needed for insulin teaching and glucose monitoring.",
        "Home health needed for new CHF med management.",
        "HH required for COPD education and O2 titration",
        "Skilled nursing ordered for warfarin monitoring/teaching (new start).",
        "home nursing for diabetes teaching - new on insulin",
        "sn needed for heart failure education, daily weights",
    ],
)
def test_home_health_for_a_disease_management_or_teaching_is_a_skilled_need(text: str) -> None:
    assert _skilled_need(text)


@pytest.mark.parametrize(
    "text",
    [
        "HH needed.",
        "Home health SN/PT referral.",
        "Pt declined HH for CHF teaching.",
        "SN visit: CHF teaching reviewed, verbalizes understanding.",
        "CHF teaching done by floor RN prior to discharge.",
    ],
)
def test_no_skill_named_declined_or_a_visit_finding_is_none(text: str) -> None:
    assert not _skilled_need(text)
