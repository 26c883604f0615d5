"""One dietitian visit, counted as one, is no supervised weight-loss attempt (brief s90-bar).

OL/surgery-bariatric-03 (blind wave 106): "RD visit x1 8/2026." beside diets of the patient's own,
phentermine from an online clinic and a program referral never scheduled was read as the
medically supervised attempt NCD 100.1 asks for. A visit the note counts as a single one is the
nutrition evaluation; the program's visits are a series (single_visits.py).
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _weight_loss(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 9, 8))])
    return [f for f in found if f.concept == "weight-loss" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Psych eval 8/2026 cleared. RD visit x1 8/2026.",
        "Dietitian visit x 1 (7/2026), diet education given.",
        "Saw a dietitian once in 2025, no follow-up.",
        "One dietitian visit 6/2026.",
        "Nutrition counseling x1 on 5/12/2026.",
        "Seen by RD once for meal planning.",
        "Had a single visit with the RD in May.",
    ],
)
def test_a_single_dietitian_visit_is_no_supervised_attempt(text: str) -> None:
    assert not _weight_loss(text), text


@pytest.mark.parametrize(
    "text",
    [
        "RD visits x4 (monthly), wt down 3 lb.",
        "Dietitian x 6 from 1/2026 to 6/2026, plateau.",
        "Dietitian visits every month Jan-Jun 2025, down 6 lb.",
        "RD visit x1 in 1/2026, then monthly x5 through 6/2026; no meaningful loss.",
        "One RD visit a month for 6 months (1/2026-6/2026), net -4 lb.",
        "Medically supervised weight loss program x 1 yr (2025), regained.",
        "Completed 6-mo supervised weight program 2025; RD visit x1 8/2026 for clearance.",
    ],
)
def test_a_series_or_a_program_still_counts(text: str) -> None:
    assert _weight_loss(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Referred to our medical wt loss program 3/2026 - never scheduled.",
        "RD visit x1 scheduled for next month.",
        "Mother sees a dietitian monthly.",
        "WW app 2022 on her own, keto 2024 lost 9 kg regained.",
    ],
)
def test_near_misses_are_none_either(text: str) -> None:
    assert not _weight_loss(text), text


@pytest.mark.parametrize(
    "text",
    ["Dietitian visit 6/2026: diet reviewed.", "RD visit 8/12/2026 - education given."],
)
def test_a_dated_visit_is_not_numbered_in_a_series(text: str) -> None:
    """The day's month is no visit's number ("visit 6" of a series): the one visit of that day
    is read as any other mention of the dietitian is."""
    found = find_findings([NoteInput("D/1", text, date(2026, 9, 8))])
    numbered = re.compile(r"visit\s*#?\d")
    assert not [f for f in found if f.concept == "weight-loss" and numbered.search(f.text)]


def test_a_visit_numbered_of_its_total_still_counts() -> None:
    assert _weight_loss("RD visit 6/6 (medically supervised wt mgmt): wt 257, plateau.")
