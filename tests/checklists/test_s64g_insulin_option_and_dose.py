"""Insulin put forward as an option or the next step, or reviewed and put off, is no insulin
treatment; a dose increase turned down is insulin in use (CGM-001, LCD L33822).

Probed for the lead (session s64-g): "Mentioned insulin as next step" and "Reviewed insulin
option with pt, wants to hold off" met CGM-001 (care_proposed.py read neither "mentioned" nor
"option", and label_refused.REFUSAL not "prefers to wait"), while "Refuses to increase Lantus
above 20 u" missed it (the refusal read as one of Lantus itself). Insulin in use stays met.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave21_past_insulin import _cgm


@pytest.mark.parametrize(
    "text",
    [
        "Mentioned insulin as next step.",
        "Reviewed insulin option with pt, wants to hold off.",
        "Insulin mentioned as a possible next step if A1c stays up.",
        "Basal insulin is an option; pt wants to work on diet first.",
        "Reviewed insulin with pt, she prefers to wait.",
        "Pt prefers to wait on insulin.",
        "insulin offered - pt prefers to wait.",
    ],
)
def test_insulin_only_put_forward_or_put_off_is_no_treatment(text: str) -> None:
    assert _cgm("T2DM f/u, A1c 9.4. " + text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Refuses to increase Lantus above 20 u.",
        "Pt refuses to increase Lantus above 20 u; A1c 9.1.",
        "Declines increasing glargine dose, fears lows.",
        "Declines Lantus increase today.",
        "reviewed insulin dosing.",
        "mentioned her Lantus makes her gain weight.",
        "On Lantus 20 u qhs, reviewed other options with pt.",
        "Lantus as prescribed, 18 u nightly.",
        "Mentioned insulin as next step in 2024, started glargine 3/2025, now 22 u.",
    ],
)
def test_insulin_in_use_still_counts(text: str) -> None:
    assert _cgm("T2DM f/u, A1c 9.4. " + text) == "met"


@pytest.mark.parametrize(
    "text", ["Refuses insulin.", "Declines to start Lantus.", "Pt refused glargine today."]
)
def test_insulin_itself_refused_stays_no_treatment(text: str) -> None:
    assert _cgm("T2DM f/u, A1c 9.4. " + text) != "met"
