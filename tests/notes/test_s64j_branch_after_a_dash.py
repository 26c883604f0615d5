"""A plan's branches on the study's result written with a dash, found by blind wave 65
(IL/aio-01): "Plan: MRI R shoulder without contrast. If full-thickness tear - discuss
arthroscopic RCR. If partial/tendinopathy only - subacromial injection and resume HEP." says how
the MRI will change management (AIM-004) as "If full-thickness tear -> repair" does, but only an
arrow, a colon, a comma or "then" was read after the condition. A spaced dash (hyphen, en or em
dash, doubled) is the same mark; so is the condition written "should the MRI show ...". A
hyphen inside a word ("full-thickness", "step-to") is none, and a condition with no step after
it ("If full-thickness tear on MRI.") states no plan."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _decisions(text: str) -> list[tuple[str, bool]]:
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 2, 5))]
    return [(f.text, f.asserted) for f in find_findings(notes) if f.concept == "decision-dependent"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan: MRI R shoulder without contrast. If full-thickness tear - discuss arthroscopic RCR.",
        "Plan: MRI. If partial/tendinopathy only - subacromial injection and resume HEP.",
        "A/P: MRI R knee. If meniscal tear \u2013 scope; otherwise PT.",
        "Plan: MRI shoulder. if FT tear \u2014 refer to sports surgeon for repair",
        "P: MRI L-spine w/o. If L5 compression -- TFESI vs NSGY.",
        "A/P: should the MRI show a full-thickness tear, will refer for repair.",
        "Plan: MRI hip; should it reveal AVN we will discuss core decompression.",
    ],
)
def test_a_branch_after_a_dash_is_a_decision_on_the_result(text: str) -> None:
    found = _decisions(text)
    assert any(asserted for _, asserted in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Plan: MRI R shoulder to evaluate full-thickness tear.",
        "Plan: MRI shoulder. Full-thickness tear on prior MRI in 2019 - repaired.",
        "Plan: MRI R shoulder w/o contrast - RTC 2 wks.",
        "Plan: MRI. Stairs step-to, uses a cane.",
        "Plan: CCTA. Pt asks if still needed - states no chest pain lately.",
        "Plan: MRI. Dr K said to message if not better - can I get the MRI now?",
    ],
)
def test_a_hyphen_or_a_dash_with_no_condition_is_no_branch(text: str) -> None:
    found = _decisions(text)
    assert not any(asserted for _, asserted in found), found
