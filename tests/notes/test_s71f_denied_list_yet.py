"""A denial that governs a whole list reaches its last item when the list closes on "tried yet"
(s71-f; noticed at stop 52 without a blind case).

"Has not done PT, injections or NSAIDs tried yet" left the NSAIDs asserted: the last clause's
"tried" read as care told had, taking back the denial (clauses.denial_in_own_clause). "Tried
yet", "so far", "to date" closing the clause is the frame of the denial before it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _had(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 3, 10))])
    return {f.concept for f in found if f.category == "conservative-treatment" and f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Has not done PT, injections or NSAIDs tried yet",
        "Has not done PT, injections or NSAIDs tried so far",
        "No PT, injections, or NSAIDs tried to date",
        "Has not done PT, injections, or meloxicam tried yet",
        "Not done any PT, injections or NSAIDs tried as of yet",
        "hasn't done pt, shots, or nsaids tried yet.",
        "No PT, injections, or NSAIDs so far",
        "Hasn't tried PT or NSAIDs yet",
        "Has not tried PT, ibuprofen or a brace yet",
        "No formal PT, no injections, NSAIDs not tried yet",
    ],
)
def test_the_denial_reaches_the_lists_last_item(text: str) -> None:
    assert not _had(text) & {"nsaid", "physical-therapy"}


@pytest.mark.parametrize(
    "text, had",
    [
        ("Has not tried injections, completed 6 wks PT", "physical-therapy"),
        ("No injections, NSAIDs tried so far with partial relief", "nsaid"),
        ("No PT yet, naproxen tried x 8 wks", "nsaid"),
        ("Has not done PT, NSAIDs tried 2025, helped some", "nsaid"),
        ("No PT, NSAIDs tried so far", "nsaid"),
    ],
)
def test_care_told_had_in_its_own_clause_stands(text: str, had: str) -> None:
    assert had in _had(text)
