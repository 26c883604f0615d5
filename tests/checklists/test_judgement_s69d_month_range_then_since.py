"""A range of months with one year, then other care "since" (brief s69-d).

"Tried: PT 10 visits Oct-Dec 2025 + HEP daily since" in a February 2026 note: the PT ran
October to December and the home program from then on, five months of care (blind wave 74,
JQ/hya-01, read as care from 1 December: 2 months and 24 days of HYA-002's three). The "since"
pointing back (since_then.py) is the care's after the "+", not the therapy's before it, whose
own months date it; and a range with its year cut to two digits ("Oct - Dec '25") starts at its
first month as "Oct-Dec 2025" does (written_dates.py).

Near misses: a range that starts late ("PT Jan 2026 + HEP since", "Dec '25 - Jan '26"), a
range that is the pain's ("Knee pain worse Oct-Dec 2025; PT ... since 1/2026"), care declined.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates
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
        "Tried: PT 10 visits Oct-Dec 2025 + HEP daily since; tylenol 1 g TID.",
        "PT Oct - Dec '25 (10 visits) + HEP since, no relief.",
        "S: PT Nov 2025-Jan 2026 + HEP since; meloxicam 15 qd.",
        "Did PT from Oct to Dec 2025 + HEP daily ever since.",
        "PT x10 Nov-Feb 2026 + HEP since.",
        "PT Oct-Dec 2025 + naproxen 500 BID since, no relief.",
        "PT Oct - Dec '25, no relief.",
        "PT Oct-Dec 2025 & HEP since then.",
    ],
)
def test_the_range_dates_its_care_and_since_the_care_after_it(hpi: str) -> None:
    assert _knee_ha(hpi) == "met", hpi


@pytest.mark.parametrize(
    "hpi",
    [
        "PT Jan 2026 + HEP daily since.",
        "PT Dec '25 - Jan '26 + HEP since.",
        "Knee pain worse Oct-Dec 2025; PT + HEP daily since 1/2026.",
        "Declined PT Oct-Dec 2025; tylenol since Jan.",
    ],
)
def test_a_range_begun_late_or_not_the_cares_stays_short(hpi: str) -> None:
    assert _knee_ha(hpi) != "met", hpi


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("PT Oct - Dec '25", dt.date(2025, 10, 1)),
        ("PT Oct-Dec \u201925", dt.date(2025, 10, 1)),
        ("PT Nov - Feb '26", dt.date(2025, 11, 1)),
        ("PT October thru December '25", dt.date(2025, 10, 1)),
    ],
)
def test_a_range_with_a_two_digit_year_starts_at_its_first_month(text: str, first: dt.date) -> None:
    assert find_dates(text, dt.date(2026, 2, 24))[0].when == first
