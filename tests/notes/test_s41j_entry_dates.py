"""The time of the history entry a statement was cut from (entry_dates.py): care told in the
entry with no time of its own takes it as its dates; a start ("since"), a diagnosis date or a
time the care gives itself is not taken; a time of life makes the care undated history."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import NoteInput, find_findings

_DAY = dt.date(2026, 5, 12)


def _care(line: str) -> list[tuple[tuple[dt.date, ...], str, bool]]:
    text = f"Clinic note\n{line}\nHPI: neck pain 3 wks.\n"
    return [
        (f.dates, f.entry, f.historical)
        for f in find_findings([NoteInput("n1", text, _DAY)])
        if f.concept == "physical-therapy"
    ]


def test_care_in_a_dated_entry_takes_the_entry_s_dates() -> None:
    year = (dt.date(2017, 1, 1),)
    assert _care("Problem list: neck strain (2017, PT x5 wks - resolved); HTN.") == [
        (year, "2017", False)
    ]
    assert _care("Problem list: neck strain (in 2017; PT x5 wks, resolved); HTN.") == [
        (year, "in 2017", False)
    ]
    assert _care("Problem list:\n- 2017 neck strain - PT x5 wks, resolved\n- HTN") == [
        (year, "2017", False)
    ]


def test_a_time_of_life_makes_the_care_history_without_a_date() -> None:
    assert _care("Problem list: neck strain (as a child, PT x5 wks - resolved); HTN.") == [
        ((), "as a child", True)
    ]


def test_no_time_alone_is_no_entry_time() -> None:
    for line in (
        "Problem list: neck strain (since 2017; PT x5 wks, no help); HTN.",
        "Problem list: neck strain (dx 2017; PT x5 wks, no help); HTN.",
        "Problem list: neck strain (PT x5 wks, no help); HTN.",
        "Problem list: neck strain (2017), PT x5 wks; HTN.",
    ):
        assert all(entry == "" for _dates, entry, _h in _care(line)), line


def test_the_care_s_own_time_or_a_later_one_in_the_entry_stands() -> None:
    own = _care("Problem list: neck strain (2017, PT x5 wks ending 4/30, no help); HTN.")
    assert own and all(entry == "" and dates == (dt.date(2026, 4, 30),) for dates, entry, _h in own)
    flared = _care("Problem list: neck strain (2017, flared 3/2026; PT x5 wks, no help); HTN.")
    assert flared and all(entry == "" and dates == () for dates, entry, _h in flared)
