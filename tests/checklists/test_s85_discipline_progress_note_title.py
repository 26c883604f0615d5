"""Daily notes typed with the discipline's generic LOINC title are treatment visits (s85, wave
100, NT/pt-02).

PT-004 asks a progress report at least every 10 treatment days (MBPM ch. 15 §220.3). The
record's therapy notes were all typed "Physical therapy Progress note" (the LOINC display for
the evaluation, the report and the daily note alike), so their first lines were not read: "Daily
note visit 16 (no-show 2/9, 3/2)" counted no visit and PT-004 read "0 visits, no report due
yet". The discipline before "Progress note" names no kind of note, and missed visits listed by
their dates in a parenthesis are other days, not this note's.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 3, 24)


def _typed(ident: str, day: str, text: str, title: str) -> dict:
    note = _note(ident, day, text)
    note["type"]["coding"][0]["display"] = title
    return note


def _pt_004(daily: str, title: str = "Physical therapy Progress note", report: str = "") -> str:
    notes = [
        _typed("ev", "2026-01-05", "PT EVAL 1/5/26 LBP since Nov. ODI 46%. POC 2x/wk.", title),
        _typed("pr", "2026-01-26", report or "PROGRESS NOTE visit 4: ODI 40%. Cont POC.", title),
        _typed("d", "2026-03-20", daily + "\nAssessment: pt progressing toward goals.", title),
    ]
    bundle = record("97110", *notes, reason="M54.51")
    return status(bundle, "PT-004", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "daily",
    [
        # The case's wording.
        "Daily note visit 16 (no-show 2/9, 3/2). Pt tolerated tx well. Ther ex, manual.",
        "PT daily note visit #16 (cancelled 2/9/26). Tol well.",
        "Daily note visit 15. Pt tolerated tx well. Cont per POC.",
        "PT DAILY TREATMENT NOTE visit #17",
    ],
)
@pytest.mark.parametrize(
    "title",
    ["Physical therapy Progress note", "PT progress note", "Physical Therapy Note"],
)
def test_a_numbered_daily_note_under_a_discipline_title_counts_its_visits(
    daily: str, title: str
) -> None:
    assert _pt_004(daily, title) == "missing", (daily, title)


@pytest.mark.parametrize(
    "daily",
    [
        "Daily note visit 7. Pt tolerated tx well.",  # 3 visits since the report at visit 4
        "PT re-evaluation visit 16: ODI 30%, goals partly met. Cont 2x/wk x 4 wk.",  # a report
        "Phone note: pt asked about visit #16 time.",  # a visit named in passing
    ],
)
def test_no_overdue_report_without_ten_visits(daily: str) -> None:
    assert _pt_004(daily, report="PT PROGRESS REPORT visit 4: ODI 40%, goals partly met.") == "met"


def test_a_note_of_a_missed_day_is_no_visit() -> None:
    # The note's own visit was missed: no treatment day, whatever the title.
    notes = [
        _typed(
            f"d{k}",
            f"2026-02-{k:02d}",
            "PT daily note - no-show, pt did not call.",
            "Physical therapy Progress note",
        )
        for k in range(2, 26, 2)
    ]
    bundle = record("97110", *notes, reason="M54.51")
    assert status(bundle, "PT-004", as_of=AS_OF)["status"] == "not_applicable"
