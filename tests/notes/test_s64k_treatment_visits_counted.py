"""Treatment visits counted by their abbreviation are sessions held.

Blind wave 66, IO/workrehab-03: a PT discharge summary's "Pt seen for eval 1/6 and 2 tx visits
(1/8, 1/13). No-show 1/15, 1/20, 1/22." counted no sessions, so the course left after three
days of care read as a course by its 24 days to the discharge.
"""

from __future__ import annotations

import pytest

from smartapp.notes.session_counts import session_count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Pt seen for eval 1/6 and 2 tx visits (1/8, 1/13).", 2),
        ("eval + 3 treatment visits then stopped going", 3),
        ("attended 2 Rx sessions before moving away", 2),
        ("PT: 14 tx sessions completed, d/c to HEP", 14),
    ],
)
def test_treatment_visits_are_counted(text: str, count: int) -> None:
    assert session_count(text) == count


@pytest.mark.parametrize(
    "text", ["missed 3 tx visits", "2 tx options discussed", "No-show for 3 tx visits"]
)
def test_visits_not_held_or_no_visits_are_not(text: str) -> None:
    assert session_count(text) == 0
