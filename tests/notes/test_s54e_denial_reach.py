"""Blind wave 59: a denial heading one list does not deny the limits after a clause that asserts.

HN/hya-02: 'Left knee: "never had a shot there", worse, can't walk more than 10 min, stairs one
at a time' read the walking and stairs limits as denied with the shot. A closed quotation, an
inability or another clause that asserts something of its own ends the list the denial heads;
a denial over a bare list ("Denies difficulty with walking, stairs or standing") still denies it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n3", text, date(2026, 5, 1))])
    return [f for f in found if f.category == "functional-deficits"]


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ('R knee: "no injection ever", tired, cannot stand over 15 min.', "stand"),
        ('Hip: "I never had PT", limps, stairs one at a time.', "stairs one at a time"),
        (
            "Never tried a brace; worse, unable to walk more than 1 block, step-to pattern.",
            "step-to pattern",
        ),
        ("No injections to date - limited to walking 10 min, step-to on stairs.", "limited to"),
        ("Denies falls, uses a cane outdoors, stairs one at a time.", "stairs one at a time"),
        ("No NSAIDs (CKD), walks <2 blocks.", "walks <2 blocks"),
        ('Pt: "it has never been this bad", walks <10 min.', "walks <10 min"),
    ],
)
def test_the_limit_after_a_closed_list_is_read(text: str, limit: str) -> None:
    hits = [f for f in _limits(text) if limit.lower() in f.text.lower()]
    assert hits and any(not f.negated for f in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Denies difficulty with walking, stairs or standing.",
        "Not limited in walking, standing > 1 hr.",
        "No difficulty walking, no trouble with stairs.",
        "No limp, no falls, no difficulty with stairs.",
    ],
)
def test_a_denial_over_a_bare_list_still_denies_it(text: str) -> None:
    limits = _limits(text)
    assert limits and all(f.negated for f in limits)
