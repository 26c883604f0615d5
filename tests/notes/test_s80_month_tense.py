"""A month written alone is one gone by when its clause tells what was done or how it went, and
one to come when it tells a plan (brief s80-time; month_tense.py). Before, any such month in the
90 days after the note was read as an appointment: "PT in March, no help." in January was this
March, "CSI in Nov helped ~4 wks" in August (EW/tka-02) next November."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

JANUARY = dt.date(2026, 1, 15)
AUGUST = dt.date(2026, 8, 11)


def _days(text: str, note_date: dt.date = JANUARY) -> list[dt.date]:
    return [m.when for m in find_dates(text, note_date)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an outcome after the month
        ("PT in March, no help.", dt.date(2025, 3, 1)),
        ("ESI in Feb helped ~4 wks.", dt.date(2025, 2, 1)),
        ("Synvisc-One in March gave him a good 7 months.", dt.date(2025, 3, 1)),
        ("PT in March x6 wks.", dt.date(2025, 3, 1)),
        ("ESI late Feb, 50% relief.", dt.date(2025, 2, 25)),
        ("CSI in March - did nothing.", dt.date(2025, 3, 1)),
        # a history word before it
        ("Had ESI in Feb, 50% relief", dt.date(2025, 2, 1)),
        ("s/p ESI late Feb.", dt.date(2025, 2, 25)),
        ("Prior ESI late Feb.", dt.date(2025, 2, 25)),
        ("She had cortisone injections in March and September.", dt.date(2025, 3, 1)),
        ("Tried: PT, naproxen, cortisone shots in April.", dt.date(2025, 4, 1)),
        ("failed CSI (Feb), tramadol", dt.date(2025, 2, 1)),
        ("AZA - got pancreatitis in Feb, stopped.", dt.date(2025, 2, 1)),
        ("Pain returned since ~late Feb, now constant.", dt.date(2025, 2, 25)),
        ("my new plan started in January.", dt.date(2026, 1, 1)),
        # a year in words after it
        ("Sleeps in recliner since late Feb last year.", dt.date(2025, 2, 28)),
        ("underwent a right THA in March of last year", dt.date(2025, 3, 1)),
    ],
)
def test_a_month_told_done_is_gone_by(text: str, day: dt.date) -> None:
    assert day in _days(text), text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("start PT in March", dt.date(2026, 3, 1)),
        ("f/u in March.", dt.date(2026, 3, 1)),
        ("Surgery scheduled March.", dt.date(2026, 3, 1)),
        ("PT planned for March.", dt.date(2026, 3, 1)),
        ("Surgery scheduled for late March.", dt.date(2026, 3, 25)),
        ("Plan: repeat ESI in March if no relief.", dt.date(2026, 3, 1)),
        ("f/u in March, sooner if no relief.", dt.date(2026, 3, 1)),
        ("Had ESI in Oct; repeat ESI in March.", dt.date(2026, 3, 1)),
        (
            "PT did not start - the clinic could not get him in until mid-February.",
            dt.date(2026, 2, 15),
        ),
        ("HSAT done at outside lab in Feb will be reviewed.", dt.date(2026, 2, 1)),
        (
            "Going on a cruise in March - her mother uses one and it helped her a lot.",
            dt.date(2026, 3, 1),
        ),
        ("Goal RTW full duty by mid-March.", dt.date(2026, 3, 15)),
        ("in March next year", dt.date(2027, 3, 1)),
        # no word either way: the reading it had
        ("PFTs in March.", dt.date(2026, 3, 1)),
        ("ESI late Feb.", dt.date(2026, 2, 25)),
    ],
)
def test_a_month_told_as_a_plan_is_to_come(text: str, day: dt.date) -> None:
    assert day in _days(text), text


def test_the_notes_own_month_gone_by_is_at_most_its_day() -> None:
    text = 's/p ILESI 7/14/26: "about half better", then pain back to baseline by mid-August.'
    assert AUGUST in _days(text, AUGUST)


def test_recheck_with_no_in_is_still_no_date() -> None:
    assert _days("Recheck Feb.") == []
