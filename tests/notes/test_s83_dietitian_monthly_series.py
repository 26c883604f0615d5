"""A dietitian's monthly supervised visits told by their place in the series (brief s83-since).

NL/bar-02 (blind wave 98): a dietitian's note "RD: 7th monthly supervised visit (1/2026-7/2026).
Wt 217 lb (from 224). Meal plan adherence good." is seven months of an RD-supervised program
(NCD 100.1's medically supervised attempt, BAR-003), but "RD" was read only after "with/by/from",
beside the PCP, before "visits" or before a numbered follow-up. An ordinal visit with the RD, and
medical nutrition therapy held on a rate, are the program's visits; a referral, a visit to come,
a diet of the patient's own and a relative's program are none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _weight_loss(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 7, 20))])
    return [f for f in found if f.concept == "weight-loss" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "RD: 7th monthly supervised visit (1/2026-7/2026). Wt 217 lb (from 224).",
        "7th monthly RD visit - wt down 4 lb total, plateau.",
        "Dietitian - 5th supervised session, adherent to meal plan.",
        "RD visit 5 of 6, wt unchanged.",
        "Pt has attended monthly MNT visits since January, net -3 lb.",
        "MNT sessions x6 (2/2026-7/2026), wt 251 -> 247.",
        "Nutritionist #4 visit today, logs reviewed.",
        "Seen for her sixth monthly dietitian appointment.",
    ],
)
def test_a_dietitians_visit_in_a_monthly_series_is_the_program(text: str) -> None:
    assert _weight_loss(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Referred to RD.",
        "RD visit scheduled for next month.",
        "Following a self-directed diet from an app.",
        "Her husband's weight loss program went well.",
        "Will schedule monthly MNT visits.",
        "Declined monthly RD visits.",
        "3rd visit for knee pain.",
        "Referred to RD - 1st visit scheduled 8/20.",
        "RD: 1st supervised visit today, baseline wt 251 lb.",
    ],
)
def test_a_referral_plan_own_diet_or_relative_is_none(text: str) -> None:
    assert not _weight_loss(text), text
