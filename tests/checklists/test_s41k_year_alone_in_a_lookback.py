"""Care dated by a year alone, with no weeks ("PT 2025 x 12 visits"), stays on that year's first
day, as a month alone does: a lookback that begins inside the year leaves it out, whether the
year straddles the window's start or lies before it. Placed on the year's last day instead, one
undated mention would carry later care back up to a year (episode_pieces.py; blind wave 44,
FJ/hya-02, against wave 15's AY/inj-03 rule). Weeks stated with the year still place the care
as late in the year as they can be."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _hip_care(history: str) -> str:
    note = _note(
        "n1",
        "2026-03-31",
        f"Ortho f/u R hip OA.\n{history} Taking naproxen 500 BID daily since 1/10/26, no better.\n"
        "R hip pain 7/10, walks 1 block.\nA/P: R hip OA. Plan R THA.",
    )
    order = {"authoredOn": "2026-03-31", "occurrenceDateTime": "2026-04-20"}
    bundle = record("27130", note, reason="M16.11", order=order)
    report = score_bundle(bundle, as_of=date(2026, 4, 2))
    return {i["id"]: i for i in report["items"]}["THA-002"]["status"]


@pytest.mark.parametrize("year", ["2025", "2023"])
def test_a_year_alone_with_no_weeks_adds_no_days_to_later_care(year: str) -> None:
    assert _hip_care(f"Had PT {year} x 12 visits.") == "partial"


def test_weeks_in_that_year_still_end_as_late_as_it_allows() -> None:
    assert _hip_care("Had PT 2025 x 8 wks.") == "met"
