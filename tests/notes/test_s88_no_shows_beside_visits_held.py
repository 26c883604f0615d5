"""No-shows counted beside the visits held are the course's missed visits, not the course.

"Interval: PT 2x/wk since 12/29 (11 visits, 1 no-show), naproxen." (blind wave 103, OE/aio-01)
read as neither PT nor naproxen had: ConText's "no-show" denied the PT, and every care the
statement named. A count of visits held beside a smaller count of no-shows keeps the therapy,
and a drug in the statement is denied only by words of its own (missed_visits.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = dt.date(2026, 2, 10)


def _had(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/p1", text, DAY)])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        # the case's wording
        (
            "Interval: PT 2x/wk since 12/29 (11 visits, 1 no-show), naproxen. Still catching.",
            ("physical-therapy", "nsaid"),
        ),
        (
            "PT discharge summary: 15 visits 9/25-11/14 (1 no-show). Quad 4-/5 -> 4/5.",
            ("physical-therapy",),
        ),
        (
            "OT 18 visits, 2 no-shows (transport); meloxicam daily.",
            ("occupational-therapy", "nsaid"),
        ),
        ("Chiro 8 sessions since Dec (2 no-shows); ibuprofen 600 TID.", ("chiropractic", "nsaid")),
    ],
)
def test_visits_held_beside_the_no_shows_are_care_had(text: str, concepts: tuple[str, ...]) -> None:
    for concept in concepts:
        assert _had(text, concept), concept


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # no visit held, only referred or booked
        ("Referred for 12 visits; 2 no-shows, referral closed.", "physical-therapy"),
        ("PT 12 visits scheduled, no-show x2, not rescheduled.", "physical-therapy"),
        ("PT eval no-showed 3/16, 3/19; naproxen.", "physical-therapy"),
        # as many missed as counted
        ("PT 3 visits, 3 no-shows.", "physical-therapy"),
        # the drug's own denial stands
        ("PT since 12/29 (11 visits, 1 no-show), never took the naproxen.", "nsaid"),
        ("PT (11 visits, 1 no-show); naproxen (declined).", "nsaid"),
        # a relative's course
        ("Mother did PT 12 visits, 1 no-show, on naproxen.", "nsaid"),
    ],
)
def test_near_misses_stay_no_care(text: str, concept: str) -> None:
    assert not _had(text, concept)
