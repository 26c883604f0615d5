"""A nutrition visit that numbers itself is a visit of the supervised program (brief s80-care).

MX/bar-01: "Nutrition visit 1 of 6 (supervised wt mgmt)" in September, "Nutrition visit 6 of 6.
Wt 118.4 kg (-0.8 kg over 6 mos). Pt adherent to logs, attends monthly." in February. The first
is a program begun (BAR-003 asks for one finished); the last, read as no weight-loss care at all,
left the six months of supervised visits unfound. A numbered nutrition visit reads as the
numbered RD visit does (test_s69j_numbered_dietitian_visits.py); a follow-up still to come, a
consult, a referral or a declined visit is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.note_findings import under_way
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _weight_loss(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 2, 9))])
    return [f for f in found if f.concept == "weight-loss" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Nutrition visit 6 of 6. Wt 118.4 kg (-0.8 kg over 6 mos). Pt adherent to logs.",
        "Nutrition f/u #4: wt unchanged, logs reviewed.",
        "Nutritionist session 5 of 6 - plateau.",
        "Nutrition follow-up 3, down 1 lb.",
    ],
)
def test_a_numbered_nutrition_visit_is_the_supervised_attempt(text: str) -> None:
    assert _weight_loss(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: nutrition f/u 2 wks.",
        "Nutrition consult for pre-op evaluation.",
        "Referred to nutrition.",
        "Declined nutrition visit #2.",
    ],
)
def test_a_plan_consult_referral_or_denial_is_none(text: str) -> None:
    assert not _weight_loss(text), text


class _Ctx:
    def __init__(self) -> None:
        self.texts = {"D/1": ""}


def test_the_last_visit_counts_and_an_earlier_one_is_under_way() -> None:
    last = _weight_loss("Nutrition visit 6 of 6. Wt 118.4 kg. Pt adherent to logs.")
    first = _weight_loss("Nutrition visit 2 of 6. Wt 119 kg. Goals set.")
    assert last and not under_way(last[0], _Ctx())
    assert first and under_way(first[0], _Ctx())
