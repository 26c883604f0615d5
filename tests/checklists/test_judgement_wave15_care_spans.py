"""How long each piece of care ran, as pain-clinic notes and PA worksheets write it (blind wave
15, AY/inj-01, AY/inj-02, AZ/hya-03): care added up a few days short of six weeks.

- A statement listing several modalities gives each its own dates and weeks: in "PT 1/5-2/13/26
  (12 visits) + HEP, naproxen 500 BID x 6 wks, gabapentin since 1/20" the naproxen ran six weeks
  and the PT from 1/5, not every modality from 1/20 (the statement's dates shared by all).
- "1/5-2/13/26" is a range whose first day has its year from the second ("1/5" alone reads as a
  strength score).
- "since 5/2025" is since May 2025 (read as "since 5/20"), "(8 wk)" after care and a form's
  "Duration: 6 wk" are durations.
"""

from __future__ import annotations

import datetime as dt

from smartapp.notes.durations import find_dates, find_durations

from .test_judgement import _note, record, status

_DAY = dt.date(2026, 2, 25)


def _lumbar(text: str) -> dict:
    return record("72148", _note("n1", "2026-02-25", text))


def test_each_modality_keeps_its_own_weeks_in_a_list():
    for text in (
        "LBP. PT 1/20-2/13/26 (6 visits) + HEP, naproxen 500 BID x 6 wks, gabapentin since 2/1 "
        "- minimal relief.",
        "LBP. PT x 2 wks (2/1-2/13, 4 visits) + meloxicam 15 mg x 7 wks - minimal relief.",
        "LBP. Gabapentin since 2/1, naproxen 500 BID x 6 wks - no better.",
        # Hard-wrapped as exported: the statement runs across the line break.
        "LBP. PT 1/20-2/13/26 (6 visits) + HEP,\nnaproxen 500 BID x 6 wks, gabapentin since\n2/1 "
        "- minimal relief.",
    ):
        assert status(_lumbar(text), "LMRI-003")["status"] == "met", text


def test_a_list_s_modalities_still_share_a_duration_written_once():
    for text in (
        "LBP. PT and naproxen x 6 wks, no better.",
        "LBP. 6 weeks of PT and naproxen, no better.",
    ):
        assert status(_lumbar(text), "LMRI-003")["status"] == "met", text


def test_short_pieces_of_a_list_do_not_borrow_a_longer_one_s_weeks():
    for text in (
        # Gabapentin since 2/1 (24 days) and two weeks of PT: no six weeks in all.
        "LBP. PT x 2 wks (2/1-2/13), gabapentin since 2/1 - no better.",
        "LBP. Naproxen x 10 days, gabapentin since 2/10 - no better.",
    ):
        assert status(_lumbar(text), "LMRI-003")["status"] != "met", text


def test_a_range_whose_first_day_has_no_year():
    found = [m.when for m in find_dates("PT 1/5-2/13/26 (12 visits)", _DAY)]
    assert found == [dt.date(2026, 1, 5), dt.date(2026, 2, 13)]
    # Strength and pain scores stay scores.
    for text in ("Strength 4/5-5/5 bilat", "pain 3/10-7/10", "EHL 4/5 - 2/13/26 recheck"):
        assert dt.date(2026, 4, 5) not in [m.when for m in find_dates(text, _DAY)], text
        assert dt.date(2026, 3, 10) not in [m.when for m in find_dates(text, _DAY)], text


def test_since_a_month_and_year():
    (since,) = find_durations("ibuprofen 800 TID  Duration: since 5/2025", dt.date(2026, 5, 4))
    assert since.days == (dt.date(2026, 5, 4) - dt.date(2025, 5, 1)).days


def test_form_fields_and_bracketed_weeks_are_durations():
    for text, days in (
        ("PT/exercise: [X] Yes  Dates: 7/2025-9/2025 (8 wk)", 56),
        ("Failed PT 2025 (8 wks), NSAIDs", 56),
        ("PT: Y   Duration: 6 wk   Helped? No", 42),
        ("Duration of PT: 3 months", 90),
        ("Length of trial: 12 weeks", 84),
    ):
        assert [d.days for d in find_durations(text, _DAY)] == [days], text
    for text in (
        "relief x 5 h (diary)",
        "(12 visits)",
        "Response: 4 wks relief",
        "f/u (6 wk) as scheduled",
    ):
        found = [d.days for d in find_durations(text, _DAY)]
        assert 56 not in found and 42 not in found and 84 not in found, text
