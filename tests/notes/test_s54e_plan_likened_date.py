"""Blind wave 59: a plan likened to an earlier one is not dated by that one.

HQ/hip-03: "Plan L THA (same as R 2023)" dated the left hip's plan 2023, the right hip's surgery,
so the plan read as an old one and was dropped (THA-005). The comparison ("same as", "like",
"similar to", "as with", "matching", "contralateral"), or a joint "replaced" in a later clause,
points at the earlier deed; a date the plan itself carries still dates it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = date(2026, 10, 2)


def _plans(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n7", text, _DAY)])
    return [f for f in found if f.concept in ("hip-replacement-plan", "knee-replacement-plan")]


@pytest.mark.parametrize(
    "text",
    [
        "Assessment: R hip AVN, collapse. Plan R THA (same as L 2022).",
        "Plan: R TKA like the left in 4/2020.",
        "Proceed with R total knee replacement, similar to contralateral TKA 2019.",
        "Plan L THR as with his R hip 2021.",
        "R THA planned; L hip replaced 2018, did well.",
        "Schedule L TKA, matching the R TKA of 06/2023.",
    ],
)
def test_a_likened_earlier_surgery_does_not_date_the_plan(text: str) -> None:
    plans = _plans(text)
    assert plans and plans[0].when is None


@pytest.mark.parametrize(
    "text",
    [
        "Plan: R TKA (discussed 02/2025, deferred).",
        "Plan L THA 2023, cancelled.",
        "Plan TKA, pt would like to wait, discussed 03/2025.",
    ],
)
def test_the_plan_s_own_old_date_still_dates_it(text: str) -> None:
    plans = _plans(text)
    assert plans and plans[0].when is not None and plans[0].when.year < 2026
