"""A condition to rule out, or one ruled out, is not one the patient has
(finding_flags.modifier_flags): medspaCy reads "r/o" as POSSIBLE_EXISTENCE, which no flag
carried, and "ruled out" forward only."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def htn(text):
    notes = [NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 1))]
    return [f for f in find_findings(notes) if f.concept == "ncd-symptoms"]


@pytest.mark.parametrize(
    "text",
    [
        "Office BP 150/94 - r/o HTN, recheck in 2 weeks.",
        "Plan: rule out hypertension with a home BP log.",
        "Hypertension ruled out on the home log.",
        "HTN was ruled out.",
    ],
)
def test_ruled_out_or_to_rule_out_is_not_asserted(text):
    found = htn(text)
    assert found and not any(f.asserted for f in found)


def test_rule_out_reaches_only_its_own_clause():
    found = htn("Snoring - r/o OSA, HTN on lisinopril since 2019.")
    assert any(f.asserted for f in found)


def test_epworth_score_name_is_no_sleepiness():
    assert htn("Epworth sleepiness score: 4, wakes rested.") == []
