"""A result restated from an older study is dated by that study (smartapp/notes/study_dates.py)."""

from __future__ import annotations

from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

WRITTEN = date(2026, 2, 10)


def _ahi_dates(text: str) -> list[date | None]:
    findings = find_findings([NoteInput("D/1", text, WRITTEN)])
    return [f.when for f in findings if f.category == "measure" and f.concept == "ahi"]


def test_an_undated_index_after_a_dated_study_is_that_studys():
    text = (
        "Follow up of sleep apnea diagnosed on sleep study December 2024; never started CPAP.\n"
        "Assessment and Plan: mild OSA AHI 11 w/ EDS and HTN. Order CPAP."
    )
    assert _ahi_dates(text) == [date(2024, 12, 1)]


def test_a_new_undated_study_named_after_an_old_one_keeps_the_notes_date():
    text = (
        "Diagnosed with OSA on a sleep study in 2015.\n"
        "Repeat home sleep test this month: AHI 24 on the HST report."
    )
    assert _ahi_dates(text) == [None]


def test_an_index_with_no_study_named_keeps_the_notes_date():
    assert _ahi_dates("A/P: OSA, AHI 31 with desaturation to 82%.") == [None]
