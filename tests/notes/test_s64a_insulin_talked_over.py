"""Insulin only talked about, put off or turned down in the patient's words is no treatment.

Blind wave 64, IC/dme-cgm-02: CGM-001 (insulin treatment, LCD L33822) was met on "Not on insulin
- we talked about starting Lantus in April but she didn't want shots yet": the talk was read
only as "discussed" or "offered", and a refusal only as "declined" or "refused". Insulin in use,
or taken up after the talk, still counts.
"""

from __future__ import annotations

import pytest
from stated_findings import found


def _insulin(text: str) -> list[str]:
    return [f.text for f in found(text, "insulin-treated") if f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Not on insulin - we talked about starting Lantus in April but she didn't want shots yet.",
        "Talked w/ pt about basal insulin today; she wants to try diet first.",
        "Spoke with her about glargine - wants to wait until after the holidays.",
        "Went over bedtime NPH with him, he will think about it.",
        "Glargine was brought up again, pt doesn't want injections yet.",
        "Pt doesn't want insulin yet, will work on carbs.",
        "pt reluctant re insulin, deferring for now",
        "A/P: T2DM. Holding off on Toujeo per pt preference.",
        "Not ready for insulin; recheck A1c 3 mos.",
        "talked abt lantus, pt not interested",
    ],
)
def test_insulin_only_talked_over_or_put_off_is_no_treatment(text: str) -> None:
    assert not _insulin(text)


@pytest.mark.parametrize(
    "text",
    [
        "on Lantus 20 u qhs",
        "started Lantus in April, now 24 units",
        "insulin pump (Omnipod) since 2019",
        "was reluctant but started glargine 3/2",
        "Talked about her Lantus dose; on 20 u qhs.",
        "Went over Humalog technique and site rotation.",
        "Discussed starting Lantus in April, she started it 4/10 and is now on 16 u.",
        "Takes Tresiba 18 u nightly; talked about a CGM.",
    ],
)
def test_insulin_in_use_or_taken_up_still_counts(text: str) -> None:
    assert _insulin(text)
