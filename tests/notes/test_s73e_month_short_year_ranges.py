"""Months written with their years cut to two digits, "M/YY" (brief s73-e, blind wave 84,
LK/occ-03): "Two rounds of PT last year - post-op 5/25 to 8/25 (24 visits), then 2nd round
10/25-12/25 (12 visits)" in a January 2026 note was read as days, May 25 to December 25. Such a
range is read as months when that is the plain reading: both months begun by the note, in the
year their days would be read in anyway, or last year's when the statement says "last year"
(yearless_ranges.month_year_ranges). A lone start ("since 1/26", "started 10/25") is its month
only where its day cannot be meant: in the note's own month with the day still to come, or last
year's month when "last year" is said; else the day stays, the later start
(yearless_ranges.month_year_start; "PT started 5/26 (eval)" in June 2026 is May 26).

Near misses that stay days: "10/25-10/28" (October 2028 is ahead), "5/25 to 5/30", a range whose
days and months fall in different years ("3/24-4/24" in 2026: this spring's days, or 2024's
months; nothing says which), a date with its year ("10/25/25"), scores ("4/5-5/5").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_dates, find_durations

_JAN = dt.date(2026, 1, 12)


def _read(text: str, day: dt.date = _JAN) -> list[tuple[str, dt.date, bool]]:
    return [(text[m.start : m.end], m.when, m.month) for m in find_dates(text, day)]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2nd round of PT 10/25-12/25 (12 visits) after a flare.", (2025, 10), (2025, 12)),
        ("post-op PT 5/25 to 8/25 (24 visits)", (2025, 5), (2025, 8)),
        ("PT from 5/25 to 8/25, completed.", (2025, 5), (2025, 8)),
        ("Chiro 6/25 through 9/25, no lasting relief", (2025, 6), (2025, 9)),
        ("PT 10/25 \u2013 12/25", (2025, 10), (2025, 12)),
        ("HEP + PT 11/25-1/26", (2025, 11), (2026, 1)),  # up to the note's own month
    ],
)
def test_a_range_of_short_year_months_is_months(
    text: str, first: tuple[int, int], last: tuple[int, int]
) -> None:
    found = _read(text)
    assert [(when.year, when.month, when.day, month) for _, when, month in found] == [
        (*first, 1, True),
        (*last, 1, True),
    ], found


def test_last_year_makes_last_years_months_of_what_reads_as_this_years_days() -> None:
    text = "Two rounds of PT last year - 5/25 to 8/25 (24 visits), then 10/25-12/25 (12 visits)."
    found = _read(text, dt.date(2026, 11, 20))
    assert [when for _, when, _ in found] == [
        dt.date(2025, 5, 1), dt.date(2025, 8, 1), dt.date(2025, 10, 1), dt.date(2025, 12, 1)
    ]  # fmt: skip
    # Without "last year" a November note's 5/25 to 8/25 is this summer's days.
    plain = _read("PT 5/25 to 8/25 (24 visits).", dt.date(2026, 11, 20))
    assert [when for _, when, _ in plain] == [dt.date(2026, 5, 25), dt.date(2026, 8, 25)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("PT 10/25-10/28, 3 visits", [dt.date(2025, 10, 25), dt.date(2025, 10, 28)]),
        ("PT 5/25 to 5/30 daily", [dt.date(2025, 5, 25), dt.date(2025, 5, 30)]),
        ("PT 12/1-12/26 (8 visits)", [dt.date(2025, 12, 1), dt.date(2025, 12, 26)]),
        ("PT 10/25/25-12/25/25", [dt.date(2025, 10, 25), dt.date(2025, 12, 25)]),
    ],
)
def test_days_stay_days(text: str, days: list[dt.date]) -> None:
    found = _read(text)
    assert [when for _, when, _ in found] == days and not any(m for *_, m in found), found


def test_a_range_whose_days_and_months_fall_in_different_years_stays_days() -> None:
    found = _read("PT 3/24-4/24, 8 visits.", dt.date(2026, 5, 20))
    assert [when for _, when, _ in found] == [dt.date(2026, 3, 24), dt.date(2026, 4, 24)]


def test_scores_are_not_months() -> None:
    assert not any(month for *_, month in _read("Strength 4/5-5/5, pain 3/10-7/10."))


@pytest.mark.parametrize(
    ("text", "start", "days"),
    [
        # Its day still to come this year, the note's own month is what it names.
        ("HEP since 1/26", dt.date(2026, 1, 1), 11),
        ("PT since 1/26, 2x/wk", dt.date(2026, 1, 1), 11),
    ],
)
def test_a_start_in_the_notes_own_month_is_that_month(text: str, start: dt.date, days: int) -> None:
    assert [when for _, when, _ in _read(text)] == [start]
    assert [d.days for d in find_durations(text, _JAN)] == [days]


def test_a_start_last_year_is_last_years_month() -> None:
    # In a November 2026 note 10/25 alone is October 25 of this year; "last year" says 2025.
    text = "Did PT last year, started 10/25, 12 visits."
    assert [when for _, when, _ in _read(text, dt.date(2026, 11, 20))] == [dt.date(2025, 10, 1)]
    plain = _read("PT started 10/25, 12 visits.", dt.date(2026, 11, 20))
    assert [when for _, when, _ in plain] == [dt.date(2026, 10, 25)]


@pytest.mark.parametrize(
    ("text", "day", "start"),
    [
        # The day and the month fall in the same month: the day, the later (safer) start.
        ("PT since 9/25, 2x/wk", _JAN, dt.date(2025, 9, 25)),
        ("started PT 10/25, ongoing", _JAN, dt.date(2025, 10, 25)),
        ("PT started 5/26 (eval), 2x/wk.", dt.date(2026, 6, 19), dt.date(2026, 5, 26)),
        # "since 11/24" on 12 January 2026 is November 24 (no year says 2024).
        ("pain since 11/24", _JAN, dt.date(2025, 11, 24)),
    ],
)
def test_a_start_whose_day_can_be_meant_stays_a_day(
    text: str, day: dt.date, start: dt.date
) -> None:
    found = _read(text, day)
    assert [when for _, when, _ in found] == [start] and not found[0][2], found
