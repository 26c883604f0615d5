"""A copied-forward note's interval entry labelled with the note's own day ("INTERVAL 9/21:",
"Interval hx 9/21 -", "Update 9/21:") is dated by the note, not by that label: an event the
entry tells with its own date happened then (brief s67-h; blind wave 70, JF/hyaluronan-02:
"INTERVAL 9/21: after Supartz series Jan-Feb 2026 had ~60% relief" read as a series of 9/21,
inside the six months before the repeat). A label of another day still dates what it heads.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

VISIT = dt.date(2026, 9, 21)


def _series(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, VISIT)])
    return [f for f in found if f.concept == "viscosupplementation" and f.asserted]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "INTERVAL 9/21: after Supartz series Jan-Feb 2026 had ~60% relief through August.",
            dt.date(2026, 1, 1),
        ),
        (
            "Interval history 9/21/26: Synvisc series 1/2026, good relief x 6 mo.",
            dt.date(2026, 1, 1),
        ),
        (
            "Interval hx 9/21 - Euflexxa x3 in Feb 2026, relief through the summer.",
            dt.date(2026, 2, 1),
        ),
        ("Update 09/21/2026: Gel-One 2/10/26 helped until August.", dt.date(2026, 2, 10)),
        ("INTERIM 9/21: s/p Durolane 3/2026, pain back now.", dt.date(2026, 3, 1)),
    ],
)
def test_the_event_s_own_date_dates_it(text: str, when: dt.date) -> None:
    (series,) = _series(text)
    assert series.when == when


def test_an_entry_with_no_date_of_its_own_is_the_note_s() -> None:
    (series,) = _series("INTERVAL 9/21: Supartz #3 of 5 given today, tolerated well.")
    assert series.when is None


def test_a_label_of_another_day_still_dates_it() -> None:
    (series,) = _series("INTERVAL 8/3: Supartz series started, #1 given.")
    assert series.when == dt.date(2026, 8, 3)
