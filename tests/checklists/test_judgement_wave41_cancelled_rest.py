"""A therapy course whose remaining visits the patient cancelled is a course left, found with
blind wave 41 (EZ/occ-03: "PT cancelled remaining appts - states he will exercise at gym" after
visit 2 of 12). Like "stopped going" or "dropped out", the visits that happened still count, and
only they: the weeks between them are no completed course. One visit cancelled is not the course
left. The statement names the therapy it leaves, as "stopped going to PT" does."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _course(said: str) -> str:
    text = f"PT DISCHARGE 5/6/26: L shoulder strain. Attended 3 visits 4/1/26-4/29/26. {said}"
    order = {"authoredOn": "2026-05-11", "occurrenceDateTime": "2026-05-18"}
    bundle = record("97545", _note("n1", "2026-05-06", text), reason="S46.012D", order=order)
    return status(bundle, "OCC-002", as_of=date(2026, 5, 14))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Pt cancelled the remaining PT appointments, will do a gym program.",
        "Patient canceled the rest of her PT visits.",
        "He cancelled remaining 5 PT sessions (work schedule).",
    ],
)
def test_the_rest_cancelled_leaves_the_course(said: str) -> None:
    assert _course(said) != "met"


def test_a_course_with_one_visit_rescheduled_is_still_a_course() -> None:
    assert _course("Cancelled the 4/15 PT visit (sick), rescheduled.") == "met"
