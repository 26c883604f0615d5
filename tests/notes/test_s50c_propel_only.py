"""A manual chair pushed "only" a short way, the "only" after the verb: "can self-propel only
10 ft" says the chair will not do (LCD L33789 criterion C), as "could only propel 10 ft" did
(blind wave 54, GW/wheelchair-01). A distance propelled with no "only" is not read so here."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _insufficient(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 6, 1))])
    return any(f.concept == "manual-chair-insufficient" and not f.negated for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Manual chair trial (clinic loaner): grip 3/5 bilat, she can self-propel only 12 ft.",
        "He propels the manual wheelchair only ~15 feet before stopping to rest.",
        "Hemi-propels only 8 m on tile.",
    ],
)
def test_propelled_only_a_short_way_is_a_manual_chair_that_will_not_do(text: str) -> None:
    assert _insufficient(text)


@pytest.mark.parametrize(
    "text",
    ["Self-propels 150 ft independently on level surfaces.", "Only self-propels at home."],
)
def test_a_distance_without_only_is_not(text: str) -> None:
    assert not _insufficient(text)
