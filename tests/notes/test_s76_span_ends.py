"""A span of care with a stated end ends there (brief s76-spans): "Meloxicam from Nov until
early March" is November to March (the yearless months joined by "until" were not read as a
span: only early March was kept, one day); "started 1/5, thru 2/15" ends 2/15 (the comma hid
the end, and "since 1/5" ran on to the note); "started early Feb; d/c'd mid April" stops in mid
April (a stop followed by a part of a month or a month's name was no stop).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.cues import CARE_STOPPED
from smartapp.notes.durations import find_durations
from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 5, 20)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Meloxicam from Nov until early March, no help.", [(2025, 11, 1), (2026, 3, 1)]),
        ("Meloxicam Nov till March, failed.", [(2025, 11, 1), (2026, 3, 1)]),
        ("naproxen from late Jan until mid-April", [(2026, 1, 31), (2026, 4, 15)]),
    ],
)
def test_yearless_months_joined_by_until_are_a_span(
    text: str, when: list[tuple[int, int, int]]
) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(*w) for w in when]


@pytest.mark.parametrize(
    "text",
    [
        "Meloxicam started 1/5, thru 2/15.",
        "Meloxicam started 1/5, until 2/15 (GI upset).",
        "naproxen since 3/2026, to 4/2026",
    ],
)
def test_a_start_with_a_dated_end_after_a_comma_does_not_run_to_the_note(text: str) -> None:
    assert not any(d.dated for d in find_durations(text, _NOTE_DAY))


@pytest.mark.parametrize(
    "text",
    [
        "Meloxicam since 1/5, to help with pain; continues.",  # no end: a purpose
        "Meloxicam started 11/5/25, until now.",
        "Naproxen started in Nov, until March, no help.",  # a month alone: no end of its own
    ],
)
def test_a_start_without_a_dated_end_after_the_comma_runs_on(text: str) -> None:
    assert any(d.dated for d in find_durations(text, _NOTE_DAY))


@pytest.mark.parametrize(
    "text",
    [
        "d/c'd mid April for GI upset",
        "stopped late Feb (rash)",
        "discontinued March 3 - LFTs",
        "Stopped April, nausea",
    ],
)
def test_a_stop_followed_by_its_time_is_a_stop(text: str) -> None:
    assert CARE_STOPPED.match(text)


@pytest.mark.parametrize(
    "text",
    ["stopped ibuprofen", "stopped going to PT", "stopped may restart later", "quit smoking"],
)
def test_a_stop_of_something_named_is_not_read_as_a_time(text: str) -> None:
    assert not CARE_STOPPED.match(text)
