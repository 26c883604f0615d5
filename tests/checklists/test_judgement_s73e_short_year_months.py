"""Care dated by months with their years cut to two digits (brief s73-e, blind wave 84,
LK/occ-03): "Two rounds of PT last year - post-op 5/25 to 8/25 (24 visits), then 2nd round
10/25-12/25 (12 visits) after a flare" in a January 2026 note was two courses from May to
December 2025; read as care on the last day of 2025 ("last year" placed the PT and the dates
after it were set aside as another thing's), OCC-002 found no course at all.

The months run from the first's first day to the last's last ("PT 10/25-12/25": October to
December, three months, as "Oct-Dec 2025" is), and a past time spelled out by the dates that
follow it ("last year - 5/25 to 8/25") is placed by them. Near misses: days ("12/1-12/26"), a
range of two months ("12/25-1/26"), "last year" with no dates, a date after it that is no part
of it ("PT last year; knee pain worse since 12/25", "last fall - pain worse since 1/26"), a
relative's therapy, therapy offered and declined.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.past_asides import told_in_dates as _told_in_dates
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _knee_ha(hpi: str) -> str:
    """HYA-002 (three months of care in 365 days) for a hyaluronan injection ordered 3/3/2026."""
    text = f"Ortho f/u R knee OA\n{hpi}\nPlan: Synvisc-One R knee, first HA series."
    bundle = record("J7325", _note("n1", "2026-02-24", text), reason="M17.11",
                    order={"authoredOn": "2026-03-03"})  # fmt: skip
    report = score_bundle(bundle, service="J7325", as_of=dt.date(2026, 3, 3))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "PT 10/25-12/25 (12 visits), no relief.",
        "PT 10/25-12/25, no relief.",
        "PT from 10/25 to 12/25, no relief.",
        "Did PT last year - 10/25 to 12/25 (12 visits), no relief.",
        "Two rounds of PT last year - post-op 5/25 to 8/25 (24 visits), then 2nd round "
        "10/25-12/25 (12 visits) after a flare. Completed both.",
        "PT 10/2025-12/2025, no relief.",
    ],
)
def test_short_year_months_date_the_course(hpi: str) -> None:
    assert _knee_ha(hpi) == "met", hpi


@pytest.mark.parametrize(
    "hpi",
    [
        "PT 12/1-12/26, no relief.",
        "PT 12/25-1/26, no relief.",
        "Did PT last year, no relief.",
        "PT last year; knee pain worse since 12/25.",
        "Did PT last fall - pain worse since 1/26.",
    ],
)
def test_days_short_ranges_and_other_dates_stay_short(hpi: str) -> None:
    assert _knee_ha(hpi) == "partial", hpi


@pytest.mark.parametrize(
    "hpi", ["Mother did PT 10/25-12/25. Pt tried ice.", "PT offered 10/25-12/25, declined."]
)
def test_another_persons_or_declined_therapy_is_none(hpi: str) -> None:
    assert _knee_ha(hpi) == "missing", hpi


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Two rounds of PT last year - post-op 5/25 to 8/25 (24 visits)", True),
        ("PT last year (10/25-12/25), helped", True),
        ("PT last year: 3/2025 to 6/2025", True),
        ("PT last year; knee pain worse since 12/25", False),  # another clause's date
        ("PT last year - then MRI 1/10/26 showed a tear", False),  # outside last year
        ("PT last year, pain x 10 wks", False),  # no date at all
    ],
)
def test_what_dates_spell_out_a_past_time(text: str, told: bool) -> None:
    assert _told_in_dates(text, text.find("PT"), len(text), dt.date(2026, 2, 24)) is told
