"""AIM-004 on a brain MRI's plan written with arrows (blind wave 100, NS/aio-02): "If normal ->
LP with opening pressure, start acetazolamide for IIH. If VST -> anticoagulate." says how the
result changes management; a condition on the payer or the calendar does not, nor does an arrow
that tells a value's course beside the study's words ("Pain 8 -> 3 after PT, MRI normal last
yr"). The finding-level cases are tests/notes/test_s85_result_arrows.py."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import one_note_record, status

CASE = (
    "A/P: papilledema + new HA - need MRI brain w/wo contrast and MRV to exclude mass/ venous "
    "sinus thrombosis before LP. If normal -> LP with opening pressure, start acetazolamide for "
    "IIH. If VST -> anticoagulate."
)


def _aim_004(text: str) -> str:
    bundle = one_note_record("70553", "2026-07-27", text, reason="R51.9", ordered_that_day=True)
    return status(bundle, "AIM-004", as_of=dt.date(2026, 8, 3))["status"]


@pytest.mark.parametrize(
    "text",
    [
        CASE,
        "A/P: MRI brain w/wo. Normal -> LP and acetazolamide; VST -> anticoagulation.",
        "Plan: MRI brain + MRV. If MRI normal - LP with opening pressure.",
        "Plan: MRI brain. MRI neg \u2192 LP w/ opening pressure; thrombosis => heparin.",
    ],
)
def test_a_branch_on_the_result_is_the_plan(text: str) -> None:
    assert _aim_004(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Plan: MRI brain. If approved -> MRI to look for mass.",
        "Plan: MRI brain. If openings this week -> LP.",
        "A/P: MRI brain w/wo. Pain 8 -> 3 after PT, MRI normal last yr.",
        "A/P: MRI brain. Strength 4/5 -> 4+/5, imaging normal.",
        "A/P: MRI L shoulder. ROM ER 10->15 with PT, MRI to look for tear.",
    ],
)
def test_no_branch_on_the_result(text: str) -> None:
    assert _aim_004(text) == "missing"
