"""A therapy daily note named only by its own heading is a treatment visit.

PT-004 counts treatment days since the last progress report (MBPM ch. 15 §220.3: one at least
every 10 treatment days) from coded visits and from notes whose title names a daily or treatment
note. Notes sent with no title (no DocumentReference description or type text) that open "OT
daily note visit #2. Tx: 97530 x2" or "PT DAILY NOTE - 04/16/2026 - Visit #12" were no visit, so
17 such OT notes after the evaluation and no report made PT-004 "not applicable" (fewer than 10
visits) instead of missing (noticed on blind wave 27, CV/pt-02, judged right there by another
item). A note's first line that names a therapy's daily or treatment note, or a therapy visit by
its number, counts as that day's visit when the title says nothing; an evaluation, a progress
report or a re-evaluation heading is no treatment day, and a visit number in the body is not read.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_DAYS = [f"2026-01-{d:02d}" for d in (5, 7, 9, 12, 14, 16, 19, 21, 23, 26, 28, 30)]


def _pt_004(heading: str, extra: tuple = ()) -> str:
    notes = [
        _note(f"d{i}", day, heading.format(n=i + 2) + "\nPt tolerated tx well. Cont POC.")
        for i, day in enumerate(_DAYS)
    ]
    bundle = record("97530", *notes, *extra, reason="S52.531D")
    return status(bundle, "PT-004", as_of=date(2026, 2, 2))["status"]


@pytest.mark.parametrize(
    "heading",
    [
        "OT daily note visit #{n}. Tx: 97530 x2, 97110 x1.",
        "PT DAILY NOTE - Visit #{n}",
        "PT DAILY TREATMENT NOTE   Visit #{n}",
        "Occupational therapy treatment note",
        "Hand therapy visit #{n}",
        "DAILY NOTE  visit #{n}",
    ],
)
def test_untitled_daily_notes_are_visits(heading: str) -> None:
    assert _pt_004(heading) == "missing", heading


@pytest.mark.parametrize(
    "heading",
    [
        "OT evaluation - visit #{n}",
        "SN visit #{n}: wound care, dressing changed.",
        "Phone note: pt asked about visit #{n} time.",
        "Pt seen for wrist pain. Plan: OT.",
    ],
)
def test_other_untitled_notes_are_no_treatment_visits(heading: str) -> None:
    assert _pt_004(heading) == "not_applicable", heading


def test_a_recent_report_still_meets_it() -> None:
    report = _note(
        "pr", "2026-01-27", "OT PROGRESS REPORT (visit 11)\nGoals partially met, DASH 58 -> 30."
    )
    assert _pt_004("OT daily note visit #{n}.", (report,)) == "met"


def _visit(ident: str, day: str, code: str = "97110") -> dict:
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code}]},
        "performedDateTime": day,
    }


def _typed(ident: str, day: str, text: str) -> dict:
    """A note typed only with the generic LOINC display every visit note carries."""
    note = _note(ident, day, text)
    note["type"]["coding"][0]["display"] = "Progress note"
    return note


def _numbered(numbers: tuple[int, ...], *extra: dict) -> str:
    notes = [
        _typed(f"d{k}", f"2026-03-{k:02d}", f"PT DAILY NOTE 2026-03-{k:02d} visit #{k}\nTol well.")
        for k in numbers
    ]
    evaluation = _visit("ev", "2026-01-06", "97161")
    bundle = record("97110", evaluation, *notes, *extra, reason="M54.16")
    return status(bundle, "PT-004", as_of=date(2026, 3, 30))["status"]


def test_generically_typed_daily_notes_count_by_their_numbers() -> None:
    # Blind wave 24, BO/pt-02: four PTA daily notes, visits #9 to #14 after the 1/6 evaluation.
    assert _numbered((9, 11, 13, 14)) == "missing"


def test_numbers_since_the_report() -> None:
    report = _typed("pr", "2026-03-08", "PT PROGRESS REPORT visit #8\nGoals partially met.")
    assert _numbered((11, 13, 14), report) == "met"
    early = _typed("pr", "2026-03-04", "PT PROGRESS REPORT visit #4\nGoals partially met.")
    assert _numbered((9, 11, 13, 16), early) == "missing"


def test_a_few_low_numbers_are_not_due() -> None:
    assert _numbered((3, 5, 7)) == "not_applicable"
