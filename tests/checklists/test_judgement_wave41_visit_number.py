"""A visit's number after the heading's own date, found by blind wave 41 (EZ/occ-03): a daily
note of 8/11 opening "PT daily note 8/11/26: Visit 2/12." (the second visit of twelve) was read
as February 12, and began acute PT months before the injury. Wave 31 read "PT daily note visit
4/12" so; the heading's date between "note" and "visit" is the same heading."""

from __future__ import annotations

from datetime import date

from smartapp.notes.written_dates import find_dates

from .test_judgement import _note, _pt_visit, record, status

_ORDER = {"authoredOn": "2026-06-01", "occurrenceDateTime": "2026-06-08"}


def test_a_visit_number_after_the_headings_date_is_no_day() -> None:
    day = date(2026, 9, 2)
    found = [m.when for m in find_dates("PT daily note 9/2/26: Visit 3/10. Core work.", day)]
    assert found == [day]
    found = [m.when for m in find_dates("OT treatment note 9/2: visit #4/8, splint.", day)]
    assert found == [day]


def test_a_visit_number_does_not_open_the_course_months_early() -> None:
    care = (
        _pt_visit("ev", "2026-04-20", "97161"),
        _pt_visit("v1", "2026-04-22"),
        _note("n1", "2026-04-27", "PT daily note 4/27/26: Visit 3/12. Core work, pain 5/10."),
    )
    bundle = record("97545", *care, reason="S33.5XXD", order=_ORDER)
    assert status(bundle, "OCC-002", as_of=date(2026, 6, 3))["status"] != "met"
