"""A month's abbreviation before its year or day in a date ends no sentence (s69-d, s69-o).

"PT Oct.-Dec. 2025 & HEP since then" was cut after "Dec.", so "2025 & HEP since then" stood
alone and dated the home program from 1 January 2025, ten months before the therapy it followed.
A year ("Dec. 2025", "Dec. '25"), a day with its year ("Dec. 5, 2025") or an ordinal day after
the abbreviation keeps the date whole; a count after it ("pred taper Nov. 5-7 loose BMs/day",
GX/infliximab-01) and a year after a word that is no month ("vit D. 2025 labs") still cut.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.segments import segment


@pytest.mark.parametrize(
    "text",
    [
        "PT Oct.-Dec. 2025 & HEP since then.",
        "PT Oct. 2025 then HEP daily.",
        "Seen Dec. 5, 2025 for f/u of knee pain.",
        "Last ESI Jan. 12 2025 with 60% relief.",
        "Started Sept. 3rd, still taking it.",
        "Euflexxa series Feb. '25 helped a little.",
        "Completed PT Aug. 2025 - 12 visits.",
        "Methotrexate since Mar. 2024, stopped for nausea.",
        "CPAP set up NOV. 2025, using nightly.",
    ],
)
def test_a_month_abbreviation_in_a_date_keeps_the_statement_whole(text: str) -> None:
    assert len(segment(text)) == 1, [s.text for s in segment(text)]


@pytest.mark.parametrize(
    "text",
    [
        "pred taper Nov. 5-7 loose BMs/day.",
        "Last seen Nov. 5 loose BMs/day since.",
        "Started vit D. 2025 labs were normal.",
        "Knee pain since Dec. 2 injections so far.",
    ],
)
def test_a_count_or_a_word_that_is_no_month_still_cuts(text: str) -> None:
    assert len(segment(text)) == 2, [s.text for s in segment(text)]


def test_the_home_program_after_a_month_range_is_dated_by_it() -> None:
    text = "Knee pain. PT Oct.-Dec. 2025 & HEP since then."
    found = find_findings([NoteInput("m/1", text, dt.date(2026, 3, 1))])
    home = [f for f in found if f.concept == "home-exercise"]
    assert home and home[0].when == dt.date(2025, 12, 1)
