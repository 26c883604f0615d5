"""A referral written after the care it sends the patient to is care ordered, not weeks had
(lead's class s64): "PT referral placed for 16 wks" and "Physical therapy referral for 4 months"
met TKA-002's three months, ConText's forward "referral placed for" outranking its backward
"referral" (referral_reason.referred_to now reads the referral after the care too). Therapy said
completed, or a referral the patient came from, still counts."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _tka(text: str) -> str:
    bundle = record("27447", _note("n", "2026-02-10", text), reason="M17.11")
    return status(bundle, "TKA-002")["status"]


def _lumbar(text: str) -> str:
    return status(record("72148", _note("n1", "2026-02-20", text)), "LMRI-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "R knee OA x 1 yr. PT referral placed for 16 wks.",
        "R knee OA. Physical therapy referral for 4 months.",
        "R knee OA - physio referral for 2x/wk x 16 wks.",
        "A/P: R knee OA. PT referral sent for 3-4 months of therapy.",
        "R knee OA. Referred to PT, 2x/wk x 16 wks.",
        "R knee OA. PT referral x 16 wks.",
    ],
)
def test_therapy_a_referral_names_is_no_months_had(text: str) -> None:
    assert _tka(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP x 3 mo. PT referral placed for 8 wks.",
        "LBP. Physical therapy referral for 8 weeks, naproxen.",
    ],
)
def test_therapy_a_referral_names_is_no_weeks_had(text: str) -> None:
    assert _lumbar(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "R knee OA. Completed 16 wks PT, no improvement.",
        "R knee OA. PT x 16 wks 10/2025-1/2026, no improvement.",
        "R knee OA. PT referral from Dr. Lee; attended PT x 16 wks, no relief.",
        "R knee OA. PT x 16 wks.",
    ],
)
def test_therapy_had_still_counts(text: str) -> None:
    assert _tka(text) == "met", text
