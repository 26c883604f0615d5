"""The day a relief ended ("relief lasting until Nov 2025", "wore off by Nov 2025", "pain came
back in Oct 2025") is not the day of the care that gave it: care the statement dates by its
own date was given then (brief s68-d, the class of blind wave 71, JI/hyaluronan-02: a series
"completed 2/2025-3/2025 with ~60% improvement lasting till about Nov 2025" dated by that end
is one of November, inside the six months before a repeat). Care dated by its relief's end
alone was given before it, so the end still dates it: the latest day it can have been.
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
            "Hyalgan series L knee, relief lasting until Nov 2025 (completed 3/2025).",
            dt.date(2025, 3, 1),
        ),
        (
            "Good relief till about Nov 2025 from Hyalgan L knee series done in March 2025.",
            dt.date(2025, 3, 1),
        ),
        ("Synvisc-One L knee helped until 11/2025 (injected 3/12/25).", dt.date(2025, 3, 12)),
        (
            "Euflexxa x3 L knee: 60% better through Oct 2025, series was Feb-Mar 2025.",
            dt.date(2025, 2, 1),
        ),
        (
            "Relief lasted until December 2025 after Supartz L knee in 4/2025.",
            dt.date(2025, 4, 1),
        ),
        ("Gel-One L knee, wore off by Nov 2025, given 2/2025.", dt.date(2025, 2, 1)),
        ("Orthovisc L knee: pain came back in Oct 2025 (series 3/2025).", dt.date(2025, 3, 1)),
        (
            "HA inj L knee (Durolane) improvement held till mid-Nov 2025 - done 4/10/25.",
            dt.date(2025, 4, 10),
        ),
    ],
)
def test_the_care_s_own_date_dates_it_not_its_relief_s_end(text: str, when: dt.date) -> None:
    (series,) = _series(text)
    assert series.when == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # Only the end: the series was given before it, so it is read at the end.
        ("Synvisc-One L knee, relief until Nov 2025.", dt.date(2025, 11, 1)),
        ("Relief till Nov 2025 from Hyalgan L knee; pain back now.", dt.date(2025, 11, 1)),
        # Its own date, inside the six months, stands.
        ("Supartz L knee 10/2025, relief until Jan 2026.", dt.date(2025, 10, 1)),
    ],
)
def test_care_dated_by_its_relief_s_end_alone_keeps_that_date(text: str, when: dt.date) -> None:
    (series,) = _series(text)
    assert series.when == when
