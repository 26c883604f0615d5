"""A course dated by months ends with its last month (blind wave 19, BP/tsa-02): "PT 2x/wk
Jul-Sep 2025 (10 wks)" ran July through September, 91 days, not ten weeks from 1 July. A day
written ("7/1/2025-9/1/2025") is that day, and "Jul-Aug" is two months, not three."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.care_dates import through_month
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _tsa(history: str) -> str:
    note = _note("n1", "2026-02-05", f"R shoulder OA, pain since 2025. {history}\nPlan: R TSA.")
    bundle = record("23472", note, reason="M19.011", order={"authoredOn": "2026-02-05"})
    report = score_bundle(bundle, service="23472", as_of=date(2026, 2, 9))
    return {i["id"]: i for i in report["items"]}["TSA-002"]["status"]


def test_a_course_through_its_last_month_is_three_months() -> None:
    assert _tsa("PT 2x/wk Jul-Sep 2025 (10 wks) - no lasting benefit.") == "met"


@pytest.mark.parametrize(
    "history",
    [
        "PT 2x/wk 7/1/2025-9/1/2025 (8 wks) - no lasting benefit.",
        "PT 2x/wk Jul-Aug 2025 - no lasting benefit.",
    ],
)
def test_a_written_day_or_two_months_is_no_three(history: str) -> None:
    assert _tsa(history) != "met"


class _Finding:
    def __init__(self, snippet: str) -> None:
        self.snippet = snippet


@pytest.mark.parametrize(
    ("snippet", "end", "through"),
    [
        ("PT 2x/wk Jul-Sep 2025 (10 wks)", date(2025, 9, 1), date(2025, 9, 30)),
        ("Finished PT x 10 wks (11/2025-1/2026)", date(2026, 1, 1), date(2026, 1, 31)),
        ("PT 7/1/2025-9/1/2025", date(2025, 9, 1), date(2025, 9, 1)),
        # A symptom's month in the statement is no end of the care's range (AM/lmri-02).
        ("PT in spring 2024; pain since December 2025", date(2025, 12, 1), date(2025, 12, 1)),
    ],
)
def test_only_a_range_written_to_a_month_runs_through_it(
    snippet: str, end: date, through: date
) -> None:
    assert through_month(_Finding(snippet), None, date(2026, 3, 2), end) == through
