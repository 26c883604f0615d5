"""Insulin named as the alternative not taken is no insulin treatment.

Blind wave 66, IO/cgm-03: CGM-001 (insulin treatment, LCD L33822) was met on a DeviceRequest's
"Pt wants CGM instead of starting insulin." ("instead of" named the drug not started).
"""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated


@pytest.mark.parametrize(
    "text",
    [
        "Pt wants CGM instead of starting insulin.",
        "Plan: max metformin + semaglutide rather than insulin for now.",
        "She would like a CGM to avoid insulin.",
        "GLP-1 RA in lieu of basal insulin per pt preference.",
        "A: T2DM, A1c 8.1. P: Trial of dapagliflozin before considering insulin.",
        "Requesting sensor so pt can tighten diet instead of going on Lantus.",
        "pt motivated to lose wt, avoiding insulin",
        "Chose Ozempic rather than starting glargine.",
    ],
)
def test_insulin_named_as_the_alternative_is_no_treatment(text: str) -> None:
    assert not _stated(text, "insulin-treated")


@pytest.mark.parametrize(
    "text",
    [
        "Lantus 20 u qHS, using CGM to avoid lows.",
        "Takes glargine instead of NPH due to nocturnal lows.",
        "A1c 9.8 before starting insulin; now on Basaglar 16 u.",
        "Eats a snack to avoid lows on insulin; Humalog with meals.",
        "Started Tresiba 10 u instead of oral agents.",
    ],
)
def test_insulin_in_use_still_counts(text: str) -> None:
    assert _stated(text, "insulin-treated")
