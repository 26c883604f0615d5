"""A knee MRI's conservative care told with its missed visits counted (AIM-003).

"PT 2x/wk since 12/29 (11 visits, 1 no-show), naproxen" in a 2/10 note, with the 12/22 plan
"PT referral, naproxen 500 BID x 6 wk": PT and naproxen from 12/29 (the month and day with no
year, the December before the note) to the visit, six weeks and more before a 2/17 order
(blind wave 103, OE/aio-01). The no-show is one visit missed of eleven held, not the course.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 2, 17)
FIRST = (
    "R knee twisting injury (~12/15). Medial pain, catching.\n"
    "Plan: PT referral, naproxen 500 BID x 6 wk."
)


def _knee(text: str) -> dict:
    return record(
        "73721",
        _note("n0", "2025-12-22", FIRST),
        _note("n1", "2026-02-10", text),
        reason="M23.221",
        order={"authoredOn": "2026-02-17", "occurrenceDateTime": "2026-02-27"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Interval: PT 2x/wk since 12/29 (11 visits, 1 no-show), naproxen. Still catching.\n"
        "A/P: mechanical sx after 6+ wks conservative care. MRI R knee w/o contrast.",
        "PT since 12/29: 12 sessions, 2 no-shows. Still locking. MRI R knee.",
    ],
)
def test_the_course_with_its_missed_visits_is_six_weeks(text: str) -> None:
    assert status(_knee(text), "AIM-003", as_of=AS_OF)["status"] == "met"


@pytest.mark.parametrize(
    "text",
    [
        "PT referral closed 1/20 - no-show x2. Did not take naproxen (GI upset). MRI R knee.",
        "Referred for 12 PT visits; 2 no-shows, never started. Not taking naproxen. MRI R knee.",
    ],
)
def test_missed_visits_with_no_visit_held_are_no_care(text: str) -> None:
    assert status(_knee(text), "AIM-003", as_of=AS_OF)["status"] != "met"
