"""The "No" that denies a list's first member does not deny a member after a comma that carries
its own verb or span ("tried", "done", "completed", "x 6 wks"), even when that member closes on
an outcome ("without relief"); a bare list after the "No" stays denied (clauses.py; the lead's
probe of stop 71's final engine, brief s72-a, no blind case).

"No injections, NSAIDs tried so far without relief." read the NSAIDs as denied: the outcome's
"without" read as a denial of the member's own, and "naproxen x 3 months" or "PT 6 wks done"
had no verb the clause reader knew (a false "missing").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _had(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/x", text, dt.date(2026, 3, 1))])
    return {f.concept for f in found if f.category == "conservative-treatment" and f.asserted}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No injections, NSAIDs tried so far without relief.", "nsaid"),
        ("No injections, NSAIDs tried without relief.", "nsaid"),
        ("No injections yet, NSAIDs x 6 wks w/o relief.", "nsaid"),
        ("No ESI, PT 6 wks done, meloxicam tried.", "physical-therapy"),
        ("No PT, naproxen x 3 months.", "nsaid"),
        ("no injxn, ibuprofen 800 tid x 2 mo without improvement", "nsaid"),
        ("Denies prior injections, PT completed 12 visits without benefit.", "physical-therapy"),
        ("No chiro; PT done x 8 wks, no better.", "physical-therapy"),
        ("Never had injections, naproxen taken since Jan without much relief.", "nsaid"),
        ("No shots, meloxicam trialed 6 wks - no relief.", "nsaid"),
    ],
)
def test_a_member_with_its_own_verb_is_had(text: str, concept: str) -> None:
    assert concept in _had(text)


@pytest.mark.parametrize(
    "text",
    [
        "No PT, injections or NSAIDs.",
        "No PT, injections, or NSAIDs tried to date.",
        "No injections, PT or NSAIDs so far.",
        "No injections, NSAIDs.",
        "No injections, no NSAIDs tried without relief.",
        "Has not done injections, or NSAIDs x 6 wks.",
        "No injections, NSAIDs not tried.",
    ],
)
def test_a_list_the_no_heads_stays_denied(text: str) -> None:
    assert "nsaid" not in _had(text) and "physical-therapy" not in _had(text)
