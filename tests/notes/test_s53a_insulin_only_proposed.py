"""Insulin only offered, recommended or talked over, in any order of words, is no treatment.

Blind wave 57, HG/cgm-02: CGM-001 (insulin treatment, LCD L33822) was met on "Trial of insulin
offered." The offer was read only when written before the drug ("Offered trial of ...").
"""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated


@pytest.mark.parametrize(
    "text",
    [
        "A/P: T2DM above goal. A trial of long-acting insulin offered.",
        "Basal insulin trial offered today, she wants diet and walking first.",
        "Toujeo recommended; he will think it over.",
        "Degludec was suggested by endocrinology in March.",
        "Insulin initiation proposed at the last visit.",
        "NPH 10 u at bedtime was offered.",
        "I recommend starting bedtime glargine.",
        "Insulin advised, pt not ready.",
        "Starting insulin was discussed at length.",
    ],
)
def test_insulin_only_proposed_is_no_treatment(text: str) -> None:
    assert not _stated(text, "insulin-treated")


@pytest.mark.parametrize(
    "text",
    [
        "Uses Tresiba 18 u nightly.",
        "Levemir 14 u qHS, recommended dose titration by 2 u every 3 days.",
        "Insulin started 2/2026 after being offered in January.",
        "Trial of basal insulin - started 3/1, now on 12 u.",
        "On Humalog with meals; offered a CGM.",
    ],
)
def test_insulin_in_use_or_taken_up_still_counts(text: str) -> None:
    assert _stated(text, "insulin-treated")
