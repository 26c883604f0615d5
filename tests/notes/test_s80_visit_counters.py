"""A visit or session numbered "n/m" with no kind of visit named before it is visit n of m, not a
day (brief s80-time; visit_numbers._BARE_VISIT): "PT note (outside, faxed): Visit 3/12
authorized." (MW/work-rehab-02) was read as 12 March, "MNT visit 2/6" of a supervised program as
6 February. A visit of a dated kind ("office visit", "ED visit", "home visit", "last visit"),
one written "on" a day, with its year, in a list of days, or a log line with a colon keeps its
day."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

NOTE_DAY = dt.date(2026, 5, 8)


def _days(text: str, day: dt.date = NOTE_DAY) -> list[dt.date]:
    return [m.when for m in find_dates(text, day)]


@pytest.mark.parametrize(
    "text",
    [
        "PT note (outside, faxed): Visit 3/12 authorized.",
        "Visit 3/12 authorized",
        "visit 3/12",
        "Visit 3/12.",
        "Today is session 4/10.",
        "Visit 12/12 (2x/wk, HEP daily)",
        "PT Daily Note\nVisit 1/16.",
        "Visit 8/8 - pt reports leg pain unchanged",
        "visit 6/6 of supervised program, wt 217",
        "MNT visit 2/6 (RD).",
        "Weight management visit 3/6 (PCP).",
        "MEDICAL NUTRITION THERAPY - Bariatric program visit 4/6.",
        "Pre-bariatric supervised wt mgmt, session 1/6",
        "Medical Nutrition Therapy - monthly visit 5/6 (M. Ruiz RD)",
        "tx #3/12",
        "appt #3/12",
    ],
)
def test_a_visit_counter_is_no_day(text: str) -> None:
    assert not _days(text), text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("visit 3/12/26", dt.date(2026, 3, 12)),
        ("visit on 3/12", dt.date(2026, 3, 12)),
        ("seen 3/12", dt.date(2026, 3, 12)),
        ("Office visit 3/12.", dt.date(2026, 3, 12)),
        ("ED visit 3/12 for chest pain.", dt.date(2026, 3, 12)),
        ("Home visit 3/12: ramp at front.", dt.date(2026, 3, 12)),
        ("last visit 3/12.", dt.date(2026, 3, 12)),
        ("Next visit 5/12.", dt.date(2026, 5, 12)),
        ("Appt 5/12 confirmed.", dt.date(2026, 5, 12)),
        ("Visit 3/8: composes 10-word msg in 120 s", dt.date(2026, 3, 8)),
        ("self-discharge after 2 visits (eval 3/2, visit 3/7).", dt.date(2026, 3, 7)),
        ("attended eval 3/6 and 1 visit 3/8, then stopped", dt.date(2026, 3, 8)),
        ("Visit 12/3.", dt.date(2025, 12, 3)),  # 12 of 3 is no count
    ],
)
def test_a_visits_day_stays_a_day(text: str, day: dt.date) -> None:
    assert day in _days(text), text


def test_the_notes_own_day_stays_its_day() -> None:
    assert dt.date(2026, 3, 12) in _days("Visit 3/12.", dt.date(2026, 3, 12))
