"""Dressing the upper body and sleep are the shoulder's daily limits however they are written
(brief s65-c; blind wave 67, IT/tsa-03: "Can't put on jacket." with no article was read as
nothing). A limit word must lead the dressing ("can't", "trouble", "needs help"): "now able to
put on jacket" is a deficit resolved, and a template's "Functional status: independent" none. A
side the patient cannot sleep on, or a recliner slept in because of the shoulder, is disturbed
sleep; a recliner for orthopnea is not the shoulder's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limit_told(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s1", text, dt.date(2026, 11, 10))])
    return any(
        f.category == "functional-deficits" and f.concept == "adl-limitation" and f.asserted
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "L shoulder pain. Can't put on jacket. ROM limited.",
        "cant put on shirt w/ R arm",
        "Unable to don jacket or coat without help from wife.",
        "Difficulty pulling on sweater overhead.",
        "S: trouble w/ putting on shirt, can't fasten bra behind back.",
        "Pt needs husband to help her put on jacket.",
        "Struggles to put on his winter coat.",
        "Cannot hook bra; pain 7/10 with overhead reach.",
        "Can no longer button shirt due to shoulder pain.",
        "No longer able to put on a coat.",
    ],
)
def test_dressing_limited_is_the_limit(text: str) -> None:
    assert _limit_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "Now able to put on jacket without help.",
        "Now able to put on a jacket without help.",
        "Pt is finally able to put on her coat.",
        "Functional status: independent.",
        "Puts on shirt independently.",
        "Denies difficulty putting on shirt.",
        "Goal: pt will put on jacket independently in 6 wks.",
    ],
)
def test_dressing_done_is_no_limit(text: str) -> None:
    assert not _limit_told(text)


def _sleep_limited(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s1", text, dt.date(2026, 11, 10))])
    return any(f.concept == "sleep-disturbance" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sleeps in recliner because of shoulder.",
        "sleeping in recliner d/t L shoulder pain",
        "Cannot sleep on R side.",
        "cant sleep on the affected side, pain 7/10",
    ],
)
def test_sleep_the_shoulder_rules_out_is_the_limit(text: str) -> None:
    assert _sleep_limited(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sleeps in recliner d/t orthopnea.",
        "Can sleep on R side now.",
        "Denies trouble sleeping on L side.",
    ],
)
def test_sleep_undisturbed_or_for_breath_is_none(text: str) -> None:
    assert not _sleep_limited(text)


@pytest.mark.parametrize(
    "text",
    [
        "Now able to reach overhead.",
        "Can now comb her hair with the R arm.",
    ],
)
def test_a_reach_regained_is_no_limit(text: str) -> None:
    found = find_findings([NoteInput("DocumentReference/s1", text, dt.date(2026, 11, 10))])
    assert not any(f.concept == "reaching-limitation" and f.asserted for f in found)
