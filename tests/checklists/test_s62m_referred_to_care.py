"""Care a referral sends the patient to is care to come (LMRI-003: six weeks of conservative
care had). "Referred to PT x 8 wks and naproxen" and "Naproxen and PT x 8 wks, referred to Acme PT"
read as eight weeks had (phrasing grid s62): ConText's backward "referred" reads only the care
before it (referral_reason.referred_to reads what it names after). Care had before a referral
onward, or said had around it, still counts."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _lumbar(text: str) -> str:
    return status(record("72148", _note("n1", "2026-02-20", text)), "LMRI-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "LBP. Referred to PT x 8 wks and naproxen.",
        "Naproxen and PT x 8 wks, referred to Acme PT",
        "LBP x 3 mo. Referred to physical therapy 2x/wk x 8 wks.",
        "LBP - referred pt to PT x8wks + NSAIDs",
        "lumbar radiculopathy: ref to PT 8 wks, naproxen",
        "Low back pain: referred her to PT for 6-8 weeks and started meloxicam.",
        "A/P: LBP. Referral placed to physical therapy x 8 weeks; naproxen 500 mg BID.",
    ],
)
def test_care_referred_to_is_still_to_come(text: str) -> None:
    assert _lumbar(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP. Referred to ortho after PT x 8 wks and naproxen failed.",
        "LBP. PT x 8 wks and naproxen failed, referred to ortho.",
        "Pt referred to me by PCP after PT x 8 wks and naproxen without relief.",
        "LBP. Referred to PT 12/2025, completed 8 wks, no relief; naproxen x 8 wks.",
        "LBP. PT x 8 wks and naproxen, no relief.",
    ],
)
def test_care_had_around_a_referral_still_counts(text: str) -> None:
    assert _lumbar(text) == "met", text
