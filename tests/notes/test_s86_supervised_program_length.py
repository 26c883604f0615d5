"""A supervised weight-loss program written with its length, or its dietitian visits counted
(brief s86-programs).

NX/bariatric-02 (blind wave 101): "Wt loss attempts: PCP-supervised 6 mo program 2025 (monthly
visits, RD x4) - lost 6 lb" is the medically supervised attempt NCD 100.1 asks for (BAR-003), but
the length between "supervised" and "program" hid the program, and "RD x4" counted no visits. A
self-directed diet, a referral never attended, an app alone, one dietitian consult and a
relative's program are none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _weight_loss(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 9, 14))])
    return [f for f in found if f.concept == "weight-loss" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Wt loss attempts: PCP-supervised 6 mo program 2025 (monthly visits, RD x4) - lost 6 lb; "
        "semaglutide Jan-Jun 2026 - lost 14 lb, stopped (cost/GI).",
        "Completed a physician-supervised 6-month program in 2025, wt 240 -> 236.",
        "Medically supervised 12-wk weight program (Jan-Mar 2026) without lasting loss.",
        "Diet hx: saw RD x 6 in 2025 with monthly weigh-ins, lost 4 lb.",
        "Dietitian x3 (spring 2026), no sustained loss.",
    ],
)
def test_a_program_with_its_length_or_counted_rd_visits_is_the_attempt(text: str) -> None:
    assert _weight_loss(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Tried a self-directed keto diet on his own x 6 months.",
        "Referred to a supervised 6-month program - never attended.",
        "Uses a commercial weight-loss app alone, no supervision.",
        "Saw RD x1 for nutrition evaluation before surgery.",
        "Her sister completed a supervised 6 mo program last year.",
        "Will enroll in a physician-supervised 6-month program next month.",
        "RD f/u x4 wks.",
    ],
)
def test_a_diet_of_ones_own_a_referral_or_a_single_consult_is_none(text: str) -> None:
    assert not _weight_loss(text), text
