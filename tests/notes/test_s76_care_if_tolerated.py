"""Care a plan adds "if tolerated" is care to come, not care had: "Infliximab 3 mg/kg ... with
MTX if tolerated" in the biologic's order was read as methotrexate taken on the order's day,
and that day joined seven weeks of MTX stopped in April into twelve (blind wave 87,
LV/infliximab-02). Care the statement says goes on ("continue AZA as combo if tolerated",
"remains on MTX, increase if tolerated") is still had (care_on_condition.HAD_BEFORE).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_DAY = dt.date(2026, 5, 26)


def _asserted(text: str, concept: str) -> list[bool]:
    """Whether each mention of ``concept`` in ``text`` is asserted care."""
    found = find_findings([NoteInput("n", text, _DAY)])
    return [f.asserted for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "Remicade 3 mg/kg (wt 68 kg) = 200 mg IV wk 0, 2, 6 then q8 wks, with MTX if tolerated.",
        "Infliximab 5 mg/kg IV at wk 0, 2, 6 then q8 wks; with MTX 7.5 mg weekly if tolerated.",
        "Plan infliximab induction with methotrexate 10 mg weekly if tolerated.",
    ],
)
def test_a_drug_added_if_tolerated_is_to_come(text: str) -> None:
    assert _asserted(text, "methotrexate") == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Continue methotrexate 15 mg weekly if tolerated; add infliximab.",
        "Remains on MTX 15 mg weekly, increase if tolerated.",
        "Failed MTX 15 mg weekly x 4 mo; infliximab if tolerated by insurance.",
        "MTX 15 mg weekly since 1/2026, tolerating well.",
    ],
)
def test_care_going_on_or_had_stays_had(text: str) -> None:
    assert _asserted(text, "methotrexate") == [True]
