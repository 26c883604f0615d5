"""A repeat epidural's prior relief told by the day it ended, with no length word (IPN-009; LCD
L39242: 50% relief for 3 months): "good relief until around Christmas", "better till
mid-January", "wore off around New Year's", "relief thru end of December". Counted from the
injection's day to that day, at the latest the words can mean (blind wave 58, HM/esi-02: 9/9 to
Christmas, 107 days). An end no day can be read from, a relief had "in" a month, a negated or
too small relief stays unread; a short one is short."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _repeat(told: str, injected: str = "9/4/25") -> str:
    text = f"LBP with L leg pain. S/p L4-5 TFESI {injected}: {told}\nPlan: repeat L4-5 TFESI."
    note = _note("n1", "2026-02-16", text)
    return status(record("64483", note, reason="M54.16"), "IPN-009")["status"]


@pytest.mark.parametrize(
    "told",
    [
        "leg pain 7 -> 2, good relief until around Christmas when sx returned.",
        "70% better till mid-January.",
        "about 60% relief, wore off around New Year's.",
        "80% relief, pain returned in early January.",
        "70% relief until 1/5/26.",
        "pain 8->2, relief thru end of December.",
        "~70% relief which held until Thanksgiving.",
        "65% relief until approximately 12/20/25.",
    ],
)
def test_a_relief_ended_on_a_day_three_months_on_is_met(told: str) -> None:
    assert _repeat(told) == "met", told


def test_a_relief_ended_on_a_day_too_soon_is_short() -> None:
    assert _repeat("70% relief until around Christmas.", injected="11/6/25") == "partial"


@pytest.mark.parametrize(
    "told",
    [
        "70% relief until she fell in December.",  # no day the relief ended
        "70% relief in January.",  # when it was had, not when it ended
        "no relief until Christmas.",
        "40% relief until around Christmas.",
        "70% relief through PT.",
    ],
)
def test_no_day_or_no_relief_is_not_met(told: str) -> None:
    assert _repeat(told) != "met", told
