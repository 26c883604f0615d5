"""Two readings found by blind wave 54: rehabilitation named by its surgery or joint is physical
therapy ("ACL rehab", "post-op shoulder rehab"; cardiac or pulmonary rehab is not), and
"3/3-4/14" in a recent note is a yearless range of this year's care, not a sleep study's night
of March 3-4 2014 (a night in the note's last few years still reads as a night)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.written_dates import _numeric_dates

_DAY = dt.date(2026, 9, 14)


def _therapy(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/t1", text, _DAY)])
    return [(f.text, f.asserted) for f in found if f.concept == "physical-therapy"]


@pytest.mark.parametrize(
    "text",
    [
        "Outside records: post-op meniscus rehab 5/4-8/20/26, 24 visits, discharged at plateau.",
        "Finished rotator cuff rehab in August; still cannot reach overhead.",
        "Completed postoperative rehabilitation after the hip scope, 18 sessions.",
    ],
)
def test_rehab_named_by_its_surgery_or_joint_is_therapy(text: str) -> None:
    assert any(asserted for _, asserted in _therapy(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Completed cardiac rehab after the stent, 36 sessions.",
        "Pulmonary rehab twice weekly since June.",
        "Referred to vocational rehab by the adjuster.",
    ],
)
def test_other_rehab_is_not_physical_therapy(text: str) -> None:
    assert not _therapy(text), text


def _days(text: str) -> list[dt.date]:
    return [mention.when for mention in _numeric_dates(text, _DAY)]


def test_a_yearless_range_is_not_a_night_years_ago() -> None:
    assert _days("Did PT 5/6-7/22 (10 visits), no better.") == [
        dt.date(2026, 5, 6),
        dt.date(2026, 7, 22),
    ]


def test_a_recent_study_night_still_reads_as_one_night() -> None:
    assert _days("Home sleep test 3/8-9/25: AHI 22.") == [dt.date(2025, 3, 8)]
