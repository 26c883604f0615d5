"""One statement scan for three readers (brief s71-h): walker_serves.py and episode_readings.py
each scanned for a statement's ends with their own stops (any full stop; a full stop, "!" or "?"),
beside clauses.stop_bounded_clause's (a semicolon, a line break, a full stop that is no decimal
point). Both now take the shared one; no report of the corpus changed (the 420 home-oxygen cases'
reports are the same to the letter, and walker_serves answers the same on every corpus note).

What differs is where the old scans were wrong: a decimal point ended the walker's statement
("TUG 15.2 s" cut the statement at "15."), and a statement ending in "!" left no statement before
an oxygen reading (the "!" survived the strip of its end and stood as a stop after it).
"""

from __future__ import annotations

import pytest

from smartapp.notes.clauses import stop_bounded_clause
from smartapp.notes.walker_serves import walker_serves

from .test_s70c_episode_readings import _TODAY_89, _oxy_001


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("Amb 150 ft w/ RW, TUG 15.2 s. Next", (0, 28)),
        ("A; amb 70% x 4.5 mo\nB", (2, 19)),
        ("amb w/ RW", (0, 9)),
    ],
)
def test_a_decimal_point_ends_no_statement(text: str, bounds: tuple[int, int]) -> None:
    assert stop_bounded_clause(text, text.index("amb" if "amb" in text else "Amb")) == bounds


@pytest.mark.parametrize(
    "narrative",
    [
        "Amb 150 ft w/ RW at home, TUG 15.2 s, then must sit.",
        "amb 200' w/ FWW, gait speed 0.6 m/s, stops to rest.",
        "Gait w/ rollator x 300 ft, 6MWT 1.2 min then sat.",
    ],
)
def test_a_limit_after_a_decimal_is_in_the_walks_statement(narrative: str) -> None:
    assert not walker_serves(narrative)


@pytest.mark.parametrize(
    "narrative",
    [
        "Amb 150 ft w/ RW at home. TUG 15.2 s; must sit after.",
        "amb 200' w/ FWW, SBA. Gait speed 0.6 m/s.",
    ],
)
def test_a_limit_in_another_statement_leaves_the_walk_serving(narrative: str) -> None:
    assert walker_serves(narrative)


@pytest.mark.parametrize(
    "said",
    [
        "Admitted 11/2025 for CHF! Sats 86% on RA at that time.",
        "Had pneumonia in November! O2 sat was 87% at the ED.",
    ],
)
def test_a_statement_ending_in_an_exclamation_still_dates_the_reading(said: str) -> None:
    assert _oxy_001(said, _TODAY_89) in {"missing", "partial"}
