"""Insulin offered as a trial, and a refusal for the time being, are no insulin treatment.

Blind wave 47, FX/cgm-02: CGM-001 (insulin treatment, LCD L33822) was met on a visit note's
offer of a basal insulin trial that the patient turned down "for now". The offer read as care
talked over only with "a trial of" (the article was required), and the refusal after the drug
only when it closed its clause ("pt declines.").
"""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated


@pytest.mark.parametrize(
    "text",
    [
        "A/P: A1c 8.4 on two orals. Offered trial of bedtime NPH.",
        "Glargine suggested - pt refuses for now, wants to work on diet first.",
        "Offered trial of long-acting insulin - she declines at this time.",
        "Degludec discussed - he declined for the time being.",
    ],
)
def test_insulin_offered_or_refused_for_now_is_no_treatment(text: str) -> None:
    assert not _stated(text, "insulin-treated")


@pytest.mark.parametrize(
    "text",
    [
        "On Tresiba 30 u daily - pt declines a CGM for now.",
        "Takes Humalog with meals; offered trial of a pump, declines.",
        "Discussed the sensor with her; she has used Novolog 6 u with meals since 2024.",
    ],
)
def test_insulin_in_use_beside_a_refusal_of_something_else_still_counts(text: str) -> None:
    assert _stated(text, "insulin-treated")
