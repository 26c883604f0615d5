"""Conservative care dated by a history line's years, and care the line says goes on (blind wave
24, CI/tsa-02, CI/hya-01): both were false 'missing'.

- "naproxen BID 2024-2025" is a range of years: the course ran through 2025 (never past the
  note), not on the statement's other dates; "naproxen x 9 mos 2024-25" is nine months begun in
  2024 at the latest, placed as late as they can be (wave 15's rule for a year alone). Neither
  was read as a date at all ("2024-" may begin an ISO day), so the drug took the line's months.
- "PT 12 visits 2024 + HEP ongoing" in an "h/o:" line: the HEP goes on now, at the note's day,
  not in 2024 with the PT (nor dropped as undated past history).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

from .test_judgement import one_note_record, status

_DAY = dt.date(2026, 2, 4)


def _years(text: str) -> list[dt.date]:
    return [m.when for m in find_dates(text, _DAY)]


def test_a_range_of_years_is_read_as_its_two_years() -> None:
    jan1 = [dt.date(2024, 1, 1), dt.date(2025, 1, 1)]
    assert _years("naproxen BID 2024-2025, L GH steroid injection") == jan1
    assert _years("naproxen x 9 mos 2024-25 (d/c'd)") == jan1
    assert _years("naproxen 2024–25") == jan1  # an en dash, once, not also the bare 2024


@pytest.mark.parametrize(
    "text",
    [
        "2011-12",  # December 2011, written as an ISO month
        "seen 2024-05-03",  # an ISO day
        "lived here 1990-2024",  # decades apart: no course of care
        "2025-2024",  # backwards
        "claim #2019-22",  # a number
        "2024-2025 mg",
    ],
)
def test_what_is_no_range_of_years(text: str) -> None:
    assert not {dt.date(2024, 1, 1), dt.date(2025, 1, 1)} <= set(_years(text)), text
    assert dt.date(1990, 1, 1) not in _years(text)


def _tsa(history: str) -> str:
    """TSA-002 (84 days of care in 365) for a left TSA ordered 2026-04-28."""
    text = f"L shoulder OA pain since fall 2024. {history}\nPlan: L TSA."
    bundle = one_note_record("23472", "2026-04-28", text, reason="M19.012", ordered_that_day=True)
    return status(bundle, "TSA-002", as_of=dt.date(2026, 5, 19))["status"]


def test_a_drug_taken_over_a_range_of_years_runs_through_its_last() -> None:
    history = (
        "Completed PT 12 wks (10/2024-1/2025), naproxen BID {years}, L GH steroid injection x2 "
        "(1/2025, 6/2025) with temporary relief."
    )
    assert _tsa(history.format(years="2024-2025")) == "met"
    assert _tsa(history.format(years="2024-25")) == "met"
    # A range that ended before the window holds nothing inside it.
    assert _tsa("PT 12 wks 2022-23, naproxen BID 2022-2023, no better.") == "missing"


def _knee_ha(history: str) -> str:
    """HYA-002 (84 days of care in 365) for a hyaluronan series ordered 2026-02-04."""
    text = f"L knee OA, pain 7/10.\n{history}\nPlan: Euflexxa L knee x3."
    bundle = one_note_record("J7323", "2026-02-04", text, reason="M17.12", ordered_that_day=True)
    return status(bundle, "HYA-002", as_of=dt.date(2026, 2, 11))["status"]


def test_weeks_over_a_range_of_years_are_placed_as_late_as_they_can_be() -> None:
    # Nine months begun in 2024 at the latest run into June-September 2025: inside 12 months.
    assert _knee_ha("h/o: naproxen x 9 mos 2024-25 (d/c'd, dyspepsia), PT 12 visits 2024.") == "met"
    # Six weeks begun by the end of 2023 ended before the window.
    assert _knee_ha("h/o: naproxen x 6 wks 2023-24 (d/c'd), PT 12 visits 2023.") == "missing"


def test_care_a_history_line_says_goes_on_is_care_now() -> None:
    done = (
        "h/o: naproxen 1/2025-3/2025 (d/c'd, dyspepsia), PT 12 visits 2024 + HEP{tail}, "
        "Kenalog inj 11/2024."
    )
    # Naproxen inside the window's first weeks, the HEP still done at the visit: one episode.
    assert _knee_ha(done.format(tail=" ongoing")) == "met"
    assert _knee_ha(done.format(tail=" (continues)")) == "met"
    # HEP with the PT of 2024 and nothing said of it now: the naproxen's weeks alone.
    assert _knee_ha(done.format(tail="")) == "partial"
    # What goes on is the pain, not the HEP.
    assert _knee_ha(done.format(tail=" - ongoing pain")) == "partial"


def test_ongoing_care_joined_to_earlier_care_began_with_it() -> None:
    # The home program taught in the 2024 PT and done since covers the last 12 months.
    assert _knee_ha("h/o: PT 12 wks 2024 + HEP ongoing, Kenalog inj 11/2024.") == "met"
    assert _knee_ha("Hx: PT 12 wks 2024 and HEP (continues).") == "met"
    # Listed apart, the HEP is care at the visit only: no 12 weeks inside the window.
    assert _knee_ha("h/o: PT 12 wks 2024, Kenalog inj 11/2024, HEP ongoing.") != "met"
    assert _knee_ha("h/o: PT 12 wks 2024 + HEP.") != "met"


def _facet_care(text: str) -> str:
    """IPN-006's episode for a lumbar medial branch block ordered 2026-05-05."""
    bundle = one_note_record("64493", "2026-05-05", text, reason="M47.816", ordered_that_day=True)
    return status(bundle, "IPN-006", as_of=dt.date(2026, 5, 12))["searched"]


def test_a_range_of_years_among_other_dates_is_not_the_care_s() -> None:
    # The years the pain was gone are no PT: the 2019 course stays in 2019 (blind wave 17,
    # AY/inj-02), and this episode is its five weeks of PT.
    searched = _facet_care(
        "Axial LBP since 3/15/26. H/o similar LBP in 2019 treated w/ PT and resolved completely"
        " - pain free 2020-2026. This episode: PT x 5 wks (3/25-4/29), no better."
    )
    assert "2026-03-25 to 2026-04-29" in searched, searched


def test_the_span_a_range_of_years_gives() -> None:
    from smartapp.checklists.care_dates import year_range

    day = dt.date(2026, 5, 1)
    assert year_range(None, "naproxen BID 2024-2025, ", day) == (
        dt.date(2024, 1, 1),
        dt.date(2025, 12, 31),
    )
    # Winter across the two years, and never past the note.
    assert year_range(None, "PT winter 2024-25", day) == (
        dt.date(2024, 12, 1),
        dt.date(2025, 2, 28),
    )
    assert year_range(None, "meloxicam 2025-2026", day) == (dt.date(2025, 1, 1), day)
    # Not a range: a year and a month, or a range among other dates.
    assert year_range(None, "PT 2024, naproxen 3/2025", day) is None
