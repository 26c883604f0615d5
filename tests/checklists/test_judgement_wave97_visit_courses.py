"""Care measured by the visits it held, and a season with its length (brief s82-visits).

Blind wave 97, NK/occ-02: "Late entry for 6/26: PT visit 18/18." written 6/30, then a case
manager's "Completed 18 PT visits." of 7/8, read as PT from 6/26 to 7/8, twelve days of the
21 OCC-002 asks. Eighteen visits of PT are weeks of care: read at three visits a week (the
conservative end of the usual two or three), six weeks up to the last visit's day
(checklists/visit_courses.py); a late entry's statements are of the visit it names, not of the
day it was typed. Near misses: "visit 1/12" (a plan of twelve, one done), visits authorized or
scheduled, "attended 3 of 18", "Visit 3/12 authorized", too few visits for three weeks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

_INJURY = "Work injury 3/2/26 lifting boxes at warehouse, R shoulder. Light duty, not full duty."


def _occ(*notes: dict, as_of: str = "2026-06-25", ordered: str = "2026-06-20") -> str:
    bundle = record("97750", *notes, reason="S46.011D", order={"authoredOn": ordered})
    return status(bundle, "OCC-002", as_of=dt.date.fromisoformat(as_of))["status"]


def test_a_late_entry_counter_and_a_letter_are_weeks_of_pt() -> None:
    """NK/occ-02's shape: the late entry and the letter."""
    notes = (
        _note(
            "n1",
            "2026-06-30",
            "Late entry for 6/26: PT visit 18/18. R shoulder flex 150. "
            "Acute PT complete, not at full duty. d/c to MD.",
        ),
        _note(
            "n2",
            "2026-07-08",
            "Case manager letter: injured 3/2/2026 stocking shelves "
            "overhead; light duty since 4/15. Completed 18 PT visits.",
        ),
        _note("n3", "2026-07-13", "A/P: R RC strain after work injury 3/2. Plateau after PT."),
    )
    assert _occ(*notes, as_of="2026-07-14", ordered="2026-07-13") == "met"


@pytest.mark.parametrize(
    "said",
    [
        "Completed 18 PT visits, plateaued.",
        "PT visit 18/18 today, d/c to MD.",
        "PT: visit 12 of 12 today, d/c to HEP.",
        "Completed 18 sessions of PT, plateaued.",
    ],
)
def test_a_course_counted_in_visits_is_weeks_of_care(said: str) -> None:
    assert _occ(_note("n1", "2026-06-20", f"{_INJURY} {said}")) == "met"


@pytest.mark.parametrize(
    "said",
    [
        "PT visit 1/12 today.",  # a plan of twelve, one visit done
        "Authorized 18 PT visits.",
        "18 PT visits scheduled.",
        "Attended 3 of 18 PT visits.",
        "PT note (outside, faxed): Visit 3/12 authorized.",
        "Completed 8 PT visits, plateaued.",  # under three weeks at three a week
        # A start date: read as before, that day (FD/aio-02: its weeks bridged a topical gel)
        "PT started 6/10, 18 visits, plateaued.",
    ],
)
def test_visits_not_held_or_too_few_are_no_course(said: str) -> None:
    assert _occ(_note("n1", "2026-06-20", f"{_INJURY} {said}")) != "met"


def test_a_late_entry_dates_its_statements_by_the_visit() -> None:
    """The late entry's discharge is of 5/2, the visit it names, not of the 6/24 it was typed:
    six visits up to 5/2 are two weeks, not care running on to 6/24."""
    notes = (
        _note("n1", "2026-05-01", f"{_INJURY} Completed 6 PT visits."),
        _note("n2", "2026-06-24", "Late entry for 5/2: PT d/c, plateaued, not at full duty."),
    )
    assert _occ(*notes) == "partial"
