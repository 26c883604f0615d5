"""Blind wave 14's attended-study class: the in-lab order named is no reason for it. 'Order
split-night PSG' says which attended study is wanted, not why a home test will not do; the LCD
(L33405) and AASM 2017 ask for the reason (heart failure, COPD, neuromuscular disease, a failed or
inadequate home test, another sleep disorder suspected). AV/sleep-03."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

HISTORY = (
    "HPI: Snoring for years, gf reports he snores loudly. ESS 9. No h/o CHF, COPD, stroke,"
    " neuromuscular dz, opioid use. Neck 16 in. Mallampati II.\n"
)


def _attended(plan: str) -> str:
    bundle = record("95811", _note("n1", "2026-02-20", HISTORY + plan), reason="R06.83")
    return status(bundle, "SLEEP-005")["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "A/P: Snoring, daytime fatigue - r/o OSA. Order split-night PSG. F/u after study.",
        "Plan: in-lab split night polysomnogram. Return after study.",
        "Plan: split-night study, sleep hygiene handout given.",
    ],
)
def test_the_split_night_order_alone_is_no_reason(plan: str) -> None:
    assert _attended(plan) != "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: in-lab split-night PSG rather than HSAT given suspected central sleep apnea.",
        "Plan: split-night PSG because prior home sleep test was technically inadequate.",
        "Plan: split-night PSG; not a candidate for home testing due to severe COPD.",
    ],
)
def test_the_split_night_order_with_its_reason_counts(plan: str) -> None:
    assert _attended(plan) == "met"
