"""A nursing order whose frequencies taper ("SN 2w4 then 1w4 (12 visits): ...") and whose
skills are named after the disease they watch ("CHF assessment, daily wt teaching, diuretic
titration per protocol") states a skilled need (brief s68-h, blind wave 72, JP/hh-03: the
order's own line read as none). Observation and assessment of a changing condition, teaching
and medication management are a nurse's skill (42 CFR 409.33(a)(1)-(3)). A bare frequency, a
visit for labs (409.42(c)(1)), or a stable visit note is none.
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
        "SN 2w4 then 1w4 (12 visits): CHF assessment, daily wt teaching, diuretic titration.",
        "SN 2w3, 1w5 - cardiopulmonary assessment and med teaching",
        "RN 2x/wk x 4 wks then 1x/wk x 4 wks: HF assessment/teaching",
        "Skilled nursing 3w1, 2w4 for diuretic titration and daily weight teaching",
        "SN 1w9 (9 visits) - assess s/s CHF exacerbation, teach low Na diet",
        "sn 2w4: chf assess, med mgmt (torsemide)",
        "Nursing 2w2 followed by 1w6 for COPD assessment and inhaler teaching",
        "SN 2 w 4, 1w4 for lasix titration per MD",
        "RN weekly x 8 wks: heart failure teaching",
    ],
)
def test_a_tapered_nursing_order_for_heart_failure_care_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "SN 2w4 then 1w4 (12 visits)",
        "SN 2w4 then 1w4 for venipuncture / INR draws",
        "HFpEF f/u. Stable NYHA II. Wt 82 kg. cont furosemide 40. RTC 6 mo.",
        "Pt declined SN 2w4 then 1w4 for CHF assessment.",
        "SN 1w4, 1w2 then discharge",
    ],
)
def test_a_bare_or_lab_or_declined_order_is_none(text: str) -> None:
    assert not _skilled(text), text
