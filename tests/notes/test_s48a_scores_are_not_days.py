"""A pain score, strength grade or fraction written "N/D" is no day (s48-a).

Without a year "7/10" reads as July 10th as readily as a pain score, and the day then decides
windows, episode lengths and the order of events. "to", "from" and "of" lead a day and a score
alike, so there the words around tell which: "pain back to 7/10", "VAS went from 9/10 to 4/10",
"pain level of 6/10" are scores; "seen 7/10", "on 7/10", "since 7/10", "PT from 7/10 to 8/10"
are days. A measure's "N days ago" dates its reading as "N weeks ago" does.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations
from smartapp.notes.measure_values import said_ago
from smartapp.notes.written_dates import find_dates

NOTE_DAY = dt.date(2026, 1, 14)


def _days(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_dates(text, NOTE_DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Pain back to 7/10 once the block wore off.",
        "pain now back up to 8/10 at night",
        "NRS improved to 3/10 after the second session",
        "aching down to 2/10 with heat",
        "VAS went from 9/10 to 4/10",
        "pain decreased from 8/10 to 3/10 over the month",
        "R leg pain, went from 9/10 to 6/10 on gabapentin",
        "pain level of 6/10 most evenings",
        "Pain (NRS) of 5/10 at rest",
        "worse again, up to 7/10 pain",
        "rated 4/10, from 8-9/10 and 7.5/10 before",
        "hip abductor strength improved to 4/5; 5/5 strength in the quads",
        "made it 2/3 of the way up the hill",
        "walks 1/2 mile before stopping",
    ],
)
def test_a_score_or_fraction_is_no_day(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Seen 7/10 by ortho.", "7/10"),
        ("ESI on 7/10, good relief.", "7/10"),
        ("L5 TFESI 7/10/25: 60% relief.", "7/10/25"),
        ("numbness since 7/10", "7/10"),
        ("PT from 7/10 to 8/10, 2x/wk", "7/10"),
        ("MRI of 6/10 shows L4-5 HNP", "6/10"),
    ],
)
def test_a_day_written_like_a_score_is_still_a_day(text: str, day: str) -> None:
    assert day in _days(text)


def test_a_fall_in_pain_is_no_time_since() -> None:
    # Read as days, "from 8/10" was pain "since August 10th": five months of symptoms.
    assert find_durations("sciatica, pain went from 8/10 to 4/10 with rest", NOTE_DAY) == []
    assert [d.days for d in find_durations("sciatica since 12/10", NOTE_DAY)] == [35]


def test_a_reading_said_to_be_days_old() -> None:
    text = "AHI 22 on an outside study 40 days ago"
    assert said_ago(text, len("AHI")) == 40
    text = "BMI 44 at the prior clinic 400 days ago"
    assert said_ago(text, len("BMI")) == 400
    assert said_ago("AHI 22 on an outside study 6 weeks ago", len("AHI")) == 42
