"""Weight-loss visits with the dietitian written "w/ RD" or beside the PCP (blind wave 62).

HZ/bar-03: "Completed 6 monthly supervised visits w/ PCP and RD (11/2025-4/2026), lost 6 lb." is
the medically supervised weight-loss attempt NCD 100.1 asks for (BAR-003). The RD was read only
after "with/by/from" or before "visits": the clinic shorthand "w/" and the pair "PCP and RD",
"PCP + RD", "PCP & RD" read as nothing. A planned or declined visit, a relative's, and the
dietitian's pre-op clearance (the nutrition evaluation, not an attempt) are still none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _weight_loss(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 5, 20))])
    return [f for f in found if f.concept == "weight-loss" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Completed 6 monthly supervised visits w/ PCP and RD (11/2025-4/2026), lost 6 lb.",
        "Monthly visits w/ RD 1/2025-7/2025, no sustained loss.",
        "Seen by PCP + RD monthly for 6 mo, -5 lb.",
        "6 mo of monthly PCP & RD wt checks, lost 3 lbs.",
        "Pt met w/RD x6 over 6 months, lost 2 lb.",
        "Wt hx: followed w/ her PCP and RD q month 2025 - no durable loss",
        "S: monthly PCP/RD f/u since 10/2025, weight unchanged.",
        "Diet attempts: supervised by PCP and RD, 6 visits (2025).",
    ],
)
def test_visits_with_the_rd_or_pcp_and_rd_are_the_supervised_attempt(text: str) -> None:
    assert _weight_loss(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: start monthly visits w/ PCP and RD next month.",
        "Declined visits w/ RD.",
        "Sister did monthly visits w/ PCP and RD.",
        "Psych eval done 5/1 (cleared). PCP and RD clearance letters on file.",
    ],
)
def test_a_plan_denial_relative_or_clearance_is_none(text: str) -> None:
    assert not _weight_loss(text)
