"""A repeat's plan is not dated by the last series it names before the date (blind wave 93,
MU/hya-02): "Plan: repeat Hyalgan 20 mg L knee weekly x3 starting 6/15 (>6 mo since last
11/3/25)" dated the planned series 11/3/25, so HYA-004 dropped it as an old plan. "since last
11/3/25", "last series 11/2025", "prior series ended 11/3/25", "7 mo since 11/2025" give the
earlier course's date (finding_dates.earlier_one_date); a date the plan gives itself, or a
record's own revision ("POC last updated 11/3/25") or a span from its start ("x 3 wks from
11/3/25"), still dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

NOTE_DAY = dt.date(2026, 6, 8)


def _plan_dates(text: str) -> list[dt.date | None]:
    notes = [NoteInput("DocumentReference/p1", text, NOTE_DAY)]
    return [f.when for f in find_findings(notes) if f.concept == "injection-plan"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan: repeat Hyalgan 20 mg L knee weekly x3 starting 6/15 (>6 mo since last 11/3/25).",
        "Plan: repeat Supartz R knee x5, last series 11/2025.",
        "Plan: Hyalgan 20 mg L knee weekly x3 from 6/15, prior series ended 11/3/25.",
        "Plan: Euflexxa x3 R knee (7 mo since 11/2025 series).",
        "Plan: Durolane R knee, last injection 10/1/25 helped 6 mo.",
        "Plan: Synvisc-One R knee; previous one 9/2025.",
        "Plan: Gel-One R knee, most recent 10/2025.",
    ],
)
def test_the_last_series_date_does_not_date_the_plan(text: str) -> None:
    dates = _plan_dates(text)
    assert dates and all(d in (None, NOTE_DAY) for d in dates), dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Plan: Euflexxa x3 R knee 11/2025.", dt.date(2025, 11, 1)),
        ("Plan: Euflexxa x3 R knee (POC last updated 11/3/25).", dt.date(2025, 11, 3)),
        ("Plan: Euflexxa R knee (orders last revised 11/3/25).", dt.date(2025, 11, 3)),
        ("Plan: Hyalgan R knee weekly x 3 wks from 11/3/25.", dt.date(2025, 11, 3)),
    ],
)
def test_a_date_the_plan_gives_itself_still_dates_it(text: str, day: dt.date) -> None:
    assert day in _plan_dates(text), _plan_dates(text)
