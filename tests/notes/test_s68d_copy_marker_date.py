"""A copy marker's date ("[Copied from 01/14/2026]") is the day the copied text was first
written, not the day of what it tells: an event the copied line dates itself happened then
(brief s68-d; blind wave 71, JI/hyaluronan-02: "[Copied from 01/14/2026] Hyalgan series L knee
x5 weekly completed 2/2025-3/2025 ..." was dated by the marker, a series of 1/14/26 inside the
six months before the repeat). A copied line that gives no date of its own is still the copied
note's, so it stays dated by the marker.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

VISIT = dt.date(2026, 2, 24)


def _series(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", f"HPI: L knee OA.\n{text}", VISIT)])
    return [f for f in found if f.concept == "viscosupplementation" and f.asserted]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "[Copied from 12/01/2025] Hyalgan series L knee x5 weekly completed 2/2025-3/2025 "
            "with ~60% improvement lasting till about Nov 2025.",
            dt.date(2025, 2, 1),
        ),
        (
            "(copied from 12/1/25) Synvisc-One L knee 3/2025 - good relief ~8 mo.",
            dt.date(2025, 3, 1),
        ),
        (
            "Copied forward from 12/01/2025: s/p Euflexxa x3 L knee Feb 2025, helped until fall.",
            dt.date(2025, 2, 1),
        ),
        (
            "[copied fwd 12/1/25] Orthovisc series L knee done 2/10/25-3/10/25, 60% better.",
            dt.date(2025, 2, 10),
        ),
        (
            "[Copy from 12/01/2025 note] Gel-One L knee 03/2025, relief lasting till about "
            "November.",
            dt.date(2025, 3, 1),
        ),
        (
            "[pulled forward from 12/01/2025] Durolane L knee 4/15/25, 70% better x 6 mos.",
            dt.date(2025, 4, 15),
        ),
        (
            "[Copied from 12/01/2025] Hyalgan series L knee Feb 2025; R knee Synvisc-One 11/2025.",
            dt.date(2025, 2, 1),
        ),
    ],
)
def test_the_copied_event_s_own_date_dates_it(text: str, when: dt.date) -> None:
    assert _series(text)[0].when == when


def test_a_copied_event_inside_the_window_keeps_its_own_date() -> None:
    (series,) = _series("[Copied from 12/01/2025] Synvisc-One L knee 10/2025, relief wearing off.")
    assert series.when == dt.date(2025, 10, 1)


def test_a_copied_line_with_no_date_of_its_own_is_the_copied_note_s() -> None:
    # "given today" in a note of 12/1 copied forward: a series given on 12/1, still dated.
    (series,) = _series("[Copied from 12/01/2025] Hyalgan #5 of 5 L knee given today, tolerated.")
    assert series.when == dt.date(2025, 12, 1)
