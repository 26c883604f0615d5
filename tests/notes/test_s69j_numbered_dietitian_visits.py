"""A dietitian's follow-up that numbers its visit is the supervised program (blind wave 74).

JV/bariatric-02: "RD f/u #7 (monthly since Oct '25). Wt down 3 lb total. Pt frustrated, plateau."
is the seventh visit of a medically supervised weight-loss attempt (NCD 100.1, BAR-003), but "RD"
was read only after "with/by/from", beside the PCP or before "visits". A numbered visit says a
series was kept; a follow-up still to come ("RD f/u in 2 wks"), a referral, a declined or a
relative's visit are none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _weight_loss(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 4, 22))])
    return [f for f in found if f.concept == "weight-loss" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "RD f/u #7 (monthly since Oct '25). Wt down 3 lb total. Pt frustrated, plateau.",
        "RD follow-up 5: weight up 1 lb since last month.",
        "Dietitian visit #6 - wt unchanged, logs reviewed.",
        "S: RD visit #4, pt adherent w/ food log, -2 lb.",
        "rd fu #3 today, plateau continues",
        "Dietician session 6 of monthly program, lost 4 lb total.",
        "Nutrition: RD visit 8 since 9/2025, net -3 lb.",
        "RD f/u #12 - no durable loss over the year.",
    ],
)
def test_a_numbered_dietitian_visit_is_the_supervised_attempt(text: str) -> None:
    assert _weight_loss(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: RD f/u in 2 wks.",
        "RD follow-up 4 weeks.",
        "Referred to RD.",
        "Declined RD f/u #2.",
        "Her sister's RD visit #5 went well.",
        "Will schedule RD visit 1 next month.",
    ],
)
def test_a_plan_referral_denial_or_relative_is_none(text: str) -> None:
    assert not _weight_loss(text)
