"""A visit's number written like a day, found by blind wave 31 (DI/workrehab-03): a therapy note
of 8/7 opening "PT daily note visit 4/12:" (the fourth visit of twelve) was read as April 12, so
acute PT begun 7/22 ran from April and met OCC-002's completed course. A daily note records the
visit of its own day; "visit 6/8" in a note of 6/8 is still that day."""

from __future__ import annotations

from datetime import date

from smartapp.notes.written_dates import find_dates

from .test_judgement import _note, record, status


def _days(text: str, day: date) -> list[date]:
    return [m.when for m in find_dates(text, day)]


def test_a_daily_note_headings_visit_number_is_no_day():
    assert _days("PT daily note visit 3/12: tolerating core work.", date(2026, 8, 7)) == []
    assert _days("PT daily note visit 8/7: core work.", date(2026, 8, 7)) == [date(2026, 8, 7)]
    assert _days("Seen at ortho visit 3/12 for the knee.", date(2026, 8, 7)) == [date(2026, 3, 12)]


def test_acute_therapy_of_two_weeks_is_not_completed():
    notes = (
        _note(
            "n1",
            "2026-08-05",
            "Occ med: DOI 6/28/26, lifting injury. PT started 7/21/26 "
            "(2x/wk) - 4 visits so far. Plan: work hardening now.",
        ),
        _note("n2", "2026-08-06", "PT daily note visit 3/12: core stabilization, pain 6/10."),
    )
    order = {"authoredOn": "2026-08-05", "occurrenceDateTime": "2026-08-17"}
    bundle = record("97545", *notes, reason="S33.5XXD", order=order)
    assert status(bundle, "OCC-002", as_of=date(2026, 8, 10))["status"] != "met"
