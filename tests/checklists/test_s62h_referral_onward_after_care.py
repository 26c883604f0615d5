"""A referral onward after a course of care is the plan, not the care's status (LMRI-003: six
weeks of conservative care). In "PT x8 wks, naproxen, failed; referred to ortho" the PT and
naproxen were had; the ortho visit is what is to come (referral_reason.referral_onward). Care
itself referred ("PT referral placed"), planned or ordered stays to come."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _lumbar(text: str) -> str:
    return status(record("72148", _note("n1", "2026-02-20", text)), "LMRI-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Low back pain, failed 6 wks PT + NSAIDs -> referred to ortho spine.",
        "LBP. PT x 8 wks and naproxen failed, referred to ortho.",
        "LBP. PT x 8 wk, naproxen -- failed, referred ortho",
        "LBP, PT x 8 wks + naproxen, no better, referred to Dr. Smith (ortho spine).",
        "LBP. Tried PT x8 wks and ibuprofen, failed conservative tx, referred to neurosurgery",
        "LBP. PT (8 wks) and naproxen without relief, now referred to ortho",
        "LBP. Completed PT x 8 wks and naproxen, referred to ortho spine and for MRI",
        "LBP with L leg pain. PT x8 wks, naproxen, failed; referred to ortho.",
    ],
)
def test_care_had_before_a_referral_onward_counts(text: str) -> None:
    assert _lumbar(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP. PT referral placed.",
        "LBP. PT x 8 wks planned, referred to ortho.",
        "LBP x 2 wks. Will start PT and naproxen; referred to ortho if no better.",
        "LBP. PT 8 wks ordered, referral to ortho.",
    ],
)
def test_care_itself_referred_or_planned_is_still_to_come(text: str) -> None:
    assert _lumbar(text) != "met", text
