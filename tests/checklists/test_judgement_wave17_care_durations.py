"""How long care ran, as terse clinic notes write it (blind wave 17, BH/aim-01, BG/hya-02,
BG/hya-04): care that ran six weeks or more was read as a few days, or as over before the window.

- "PT 2x/wk 2/5-3/20 (6+ wks)": two yearless days joined by a dash are a range when either day
  cannot be a strength or pain score ("2/5" alone reads as strength 2/5, so the PT ran from 3/20
  only); "(6+ wks)" in brackets after the care is its weeks, as "(8 wks)" already was.
- "meloxicam 15 daily since 2023 - continues", "naproxen 500 BID since 2024 (cont)": a course
  started in a year runs from that year to the note, into the window; only care dated by a year
  alone ("Failed PT 2025 (8 wks)", wave 15) ran some time in that year.
- "PT x 8 wks spring 2025": weeks in a season of a year ran in that season, as late as it ends
  (wave 15's rule for a year), not in November and December.
"""

from __future__ import annotations

import datetime as dt

from smartapp.notes.durations import find_dates, find_durations

from .test_judgement import ICD10, _note, record, status

_DAY = dt.date(2026, 2, 25)
_CUFF_TEAR = {
    "resourceType": "Condition",
    "id": "cuff",
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "code": {"coding": [{"system": ICD10, "code": "M75.111"}]},
    "subject": {"reference": "Patient/p"},
}


def _shoulder(text: str) -> str:
    """AIM-003 (42 days of care in 180) for a shoulder MRI, as of 2026-03-01."""
    bundle = record("73221", _CUFF_TEAR, _note("n1", "2026-02-25", text), reason="M75.111")
    return status(bundle, "AIM-003")["status"]


def _knee_ha(text: str) -> str:
    """HYA-002 (84 days of care in 365) for a hyaluronan series, as of 2026-03-01."""
    bundle = record("J7323", _note("n1", "2026-02-25", text), reason="M17.12")
    return status(bundle, "HYA-002")["status"]


def test_a_range_of_two_yearless_days_is_a_range():
    found = [m.when for m in find_dates("PT 2x/wk 1/5-2/20 (6+ wks) + HEP", _DAY)]
    assert found == [dt.date(2026, 1, 5), dt.date(2026, 2, 20)]
    # Its last day may be the score-like one: "1/20-2/10".
    found = [m.when for m in find_dates("PT 1/20-2/10", _DAY)]
    assert found == [dt.date(2026, 1, 20), dt.date(2026, 2, 10)]
    # Across the new year, the first day is in the year before.
    found = [m.when for m in find_dates("PT 12/1-1/15", _DAY)]
    assert found == [dt.date(2025, 12, 1), dt.date(2026, 1, 15)]


def test_scores_on_both_sides_stay_scores():
    for text in ("Strength 4/5-5/5 bilat", "pain 3/10-7/10", "ER 4/5 - 2/20 recheck"):
        assert dt.date(2026, 4, 5) not in [m.when for m in find_dates(text, _DAY)], text
        assert dt.date(2026, 3, 10) not in [m.when for m in find_dates(text, _DAY)], text


def test_weeks_with_a_plus_in_brackets():
    assert [d.days for d in find_durations("PT 1/5-2/20 (6+ wks) + HEP", _DAY)] == [42]
    assert [d.days for d in find_durations("RTC (6+ wks)", _DAY)] == []


def test_a_terse_history_line_s_range_counts_its_weeks():
    line = "R shoulder pain. PT 2x/wk 1/5-2/20 (6+ wks) + HEP - transient relief only."
    assert _shoulder(line) == "met"
    # One day of it is not six weeks.
    assert _shoulder("R shoulder pain. PT 2x/wk 2/10-2/20 + HEP - no relief.") != "met"


def test_care_since_a_year_runs_to_the_note():
    for text in (
        "L knee OA. Prior: PT 2023 x 10 wks, HEP; meloxicam 15 daily since 2024 - continues.",
        "L knee OA. Other: PT 2023 (6 wks), HEP, naproxen 500 BID since 2024 (cont).",
        "L knee OA. Naproxen started in 2025, still taking, no relief.",
    ):
        assert _knee_ha(text) == "met", text


def test_care_in_a_year_alone_is_still_that_year():
    # Wave 15's rule stands: "PT 2024 (8 wks)" ran some time in 2024, before this window.
    for text in (
        "L knee OA. Failed PT 2024 (8 wks), HEP.",
        "L knee OA. Meloxicam 2023-2024, stopped (GI upset).",
    ):
        assert _knee_ha(text) != "met", text


def _lumbar_esi(text: str) -> str:
    """IPN-002 (28 days of care in 180) for a lumbar epidural injection, as of 2026-03-01."""
    return status(record("62323", _note("n1", "2026-02-25", text)), "IPN-002")["status"]


def test_weeks_in_a_season_of_a_year_ran_in_that_season():
    # Spring 2025 ended long before the 180 days to 2026-03-01; read as some time in 2025 it
    # was placed in November and December (wave 15's rule for a year alone).
    assert _lumbar_esi("L leg pain. Did PT x 8 wks spring 2025, HEP daily.") != "met"
    assert _lumbar_esi("L leg pain. Did PT x 8 wks spring of 2025, HEP daily.") != "met"
    # Fall 2025 reaches into the window (to 30 November), as the year alone did.
    fall = "L leg pain. Did PT x 8 wks fall 2025, HEP daily. TFESI 1/20/26 - 2 wks relief."
    assert _lumbar_esi(fall) == "met"


def test_a_span_of_months_without_a_year_is_the_latest_one_ended():
    found = [m.when for m in find_dates("PT 6 wks Sep-Oct then meloxicam x 6 wks Nov-Jan", _DAY)]
    assert found == [dt.date(2025, m, 1) for m in (9, 10, 11)] + [dt.date(2026, 1, 1)]
    # With its year it is read as before; a month on its own is no span.
    assert [m.when for m in find_dates("PT (Sept-Nov 2025)", _DAY)] == [
        dt.date(2025, 9, 1),
        dt.date(2025, 11, 1),
    ]
    assert find_dates("Seen Mon-Fri, PT in May.", dt.date(2026, 9, 1))[0].when.month == 5


def test_weeks_in_months_without_a_year_ran_in_those_months():
    # May-June 2025 is before the 180 days to 2026-03-01: not eight weeks up to the note.
    assert _lumbar_esi("L leg pain. PT x 8 wks (May-June), no better.") != "met"
    assert _lumbar_esi("L leg pain. PT x 8 wks (Dec-Feb), no better.") == "met"


def test_weeks_written_straight_after_the_therapy():
    for text, days in (
        ("Current: PT 4 wks, ibuprofen 600 TID, HEP - minimal benefit.", [28]),
        ("chiropractor 3 wks (self pay), gym program", [21]),
        ("PT 6+ wks, HEP", [42]),
        ("pt 2 wks post-op, doing well", []),  # the patient, not physical therapy
        ("treated w/ PT and resolved", []),  # "an d" is no day
        ("RTC 4 wks", []),
    ):
        assert [d.days for d in find_durations(text, _DAY)] == days, text


def _facet_care(text: str) -> str:
    """IPN-006 (care documented in 365 days, no length asked) for a lumbar medial branch
    block, as of 2026-03-01."""
    bundle = record("64493", _note("n1", "2026-02-25", text), reason="M47.816")
    return status(bundle, "IPN-006")["status"]


def test_a_terse_current_list_gives_its_therapy_s_weeks():
    assert (
        _facet_care("Axial LBP. Current: PT 6 wks, ibuprofen 600 TID, HEP - no benefit.") == "met"
    )
    # Three weeks are three weeks (BH/inj-02 wrote four): no longer episode where more are
    # asked (the facet item asks for none since wave 28; the epidural item 28 days since wave
    # 29, the LCD's 4 weeks).
    listed = "L leg pain. Current: PT {} wks, ibuprofen 600 TID, HEP - no benefit."
    assert _lumbar_esi(listed.format(3)) != "met"
    assert _lumbar_esi(listed.format(6)) == "met"
