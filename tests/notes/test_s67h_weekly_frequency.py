"""A plan's rate of once a week written by its word is the plan's frequency (brief s67-h; blind
wave 70, JE/slp-03: "POC: weekly x 10 wks." with measurable goals was no frequency). As for the
counted rates, only with the plan's length or a session beside it: a drug's weekly dose, a
relative's weekly visit, a habit, and a plan denied are none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _frequency(line: str) -> list:
    text = f"Assessment/Plan\n{line}"
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 4, 7))])
    return [f for f in found if f.concept == "frequency" and f.asserted]


@pytest.mark.parametrize(
    "line",
    [
        "POC: weekly x 10 wks.",
        "Plan: auditory training wkly for 12 weeks.",
        "Tx once a week x 8 wks with goals below.",
        "Recommend weekly sessions x 3 months.",
        "Seen every other week x 6 visits.",
        "ST 1 session weekly for 10 wks.",
        "Continue bi-weekly visits through 6/30.",
        "Plan q wk x 10 wks, reassess after.",
        "POC - Weekly X 10 WKS",
    ],
)
def test_a_weekly_rate_is_the_plan_s_frequency(line: str) -> None:
    assert _frequency(line)


@pytest.mark.parametrize(
    "line",
    [
        "Supartz weekly x5 L knee.",
        "Daughter visits weekly to help with meals.",
        "Humira 40 mg weekly x 4 wks.",
        "Walks weekly with her sister.",
        "No weekly sessions planned, d/c to HEP.",
    ],
)
def test_a_near_miss_is_no_frequency(line: str) -> None:
    assert not _frequency(line)
