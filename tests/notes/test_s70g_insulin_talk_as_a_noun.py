"""Insulin named as what a talk was about, the talk a noun, is no insulin treatment.

Blind wave 78, KK/cgm-02: CGM-001 (insulin treatment, LCD L33822) was met on the comment of a
cancelled pen-needle order, "Entered with insulin discussion; cancelled - pt declined insulin",
for a patient on metformin and semaglutide. The talk was read when written as a verb ("Insulin
discussed", "Discussed basal insulin": care_proposed.py) but not as a noun, before or after the
drug: "insulin discussion", "discussion about Lantus", "insulin recommendation given".
"""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated


@pytest.mark.parametrize(
    "text",
    [
        "Entered with insulin discussion; cancelled - pt declined insulin.",
        "Insulin discussion today - pt not ready.",
        "Had insulin conversation w/ pt, wants to keep working on diet.",
        "Discussion re: insulin initiation, pt hesitant.",
        "Long discussion about starting Lantus.",
        "Basal insulin recommendation given; pt will think about it.",
        "Glargine proposal reviewed with pt.",
        "s/p insulin discussion, continue metformin and Ozempic.",
        "Conversation regarding basal insulin at last visit.",
        "Insulin talk x 20 min.",
    ],
)
def test_insulin_only_talked_about_is_no_treatment(text: str) -> None:
    assert not _stated(text, "insulin-treated")


@pytest.mark.parametrize(
    "text",
    [
        "On Lantus 20 u qHS; insulin dose discussion today, increase to 22 u.",
        "Started insulin after discussion in March, now on glargine 14 u.",
        "Insulin glargine 18 u nightly. Discussion of hypoglycemia symptoms.",
        "Discussion of her Lantus dose: continue 24 u.",
        "Humalog 6 u with meals after the carb-counting discussion.",
    ],
)
def test_insulin_in_use_beside_a_talk_still_counts(text: str) -> None:
    assert _stated(text, "insulin-treated")
