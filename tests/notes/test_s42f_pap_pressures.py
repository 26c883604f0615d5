"""A bi-level device's pressures are no date (blind wave 47, FW/cpap-03): "bilevel 10/6 ... to
16/12 cm H2O" in a titration report dated the sleep study October 6 of the year before, so the
in-person evaluation before the study read as after it (CPAP-003). A slash pair after the
device's name or before "cm H2O" is two pressures; a day written after "on" or with its year
stays a day."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 3, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Titrated on BiPAP 11/7, then raised to 15/11 for snoring.",
        "bi-level: 9/5 was tolerated best",
        "Final setting 12/9 cm H2O, AHI 2/h.",
        "IPAP/EPAP of 10/5 with a nasal pillow mask",
        "Pressures 8/4 cmH2O were too low.",
    ],
)
def test_a_bilevel_pressure_pair_is_no_date(text):
    assert find_dates(text, _NOTE_DAY) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("BPAP on 11/7 after a failed CPAP trial", dt.date(2025, 11, 7)),
        ("BiPAP started 11/7/25, pressures unchanged.", dt.date(2025, 11, 7)),
        ("HST 11/7: AHI 31", dt.date(2025, 11, 7)),
    ],
)
def test_a_day_near_a_device_stays_a_day(text, day):
    assert [mention.when for mention in find_dates(text, _NOTE_DAY)] == [day]
