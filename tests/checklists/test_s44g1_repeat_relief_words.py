"""A repeat epidural's prior response in the words notes use (s44 phrasing grid; IPN-009, LCD
L39240: 50% relief for 3 months, per spinal region). "pain relief" is a relief; a relief that
"wore off after" a while held that long; and a response written about another spine region is
not this region's."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _repeat(text: str) -> str:
    text = f"S/p C7-T1 interlaminar ESI 10/10/25. {text}\nPlan: repeat C7-T1 interlaminar ESI."
    note = _note("n1", "2026-02-20", text)
    return status(record("62321", note, reason="M50.123"), "IPN-009")["status"]


def test_pain_relief_with_its_length_counts() -> None:
    assert _repeat("Neck/arm: 60% PAIN RELIEF, LASTED 4 MONTHS.") == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Got 85% relief but it wore off after about 4 weeks.",
        "Good relief (70%), which faded within 3 weeks.",
    ],
)
def test_relief_wearing_off_soon_falls_short(text: str) -> None:
    assert _repeat(text) == "partial", text


def test_another_region_s_response_is_not_this_one_s() -> None:
    text = "Lumbar TFESI last spring: 70% relief of the low back and leg pain for 5 months."
    assert _repeat(text) != "met"
