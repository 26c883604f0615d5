"""A course's weeks written before the care's name are the care's own (brief s69-o).

"Completed 6 weeks of PT (3/1/2026 - 4/9/2026) without relief": the statement names a relief as
well, so the PT's own words were cut from its name ("weeks of PT (...)"), the six weeks were
lost, and the PT ran the range's 39 days, under LMRI-003's six weeks: a false alarm where
"PT x 6 wks (3/1-4/9)" was met. Six weeks of therapy from a Sunday's first visit to the sixth
week's Thursday is a course of six weeks. The weeks before the name ("6 wk PT course", "6-week
course of formal PT") begin the care's words; fewer weeks than six, or a range without weeks,
still fall short.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_DAY = "2026-04-20"


def _lmri(text: str) -> str:
    bundle = record("72148", _note("n1", _DAY, "LBP x 4 mo. " + text), reason="M54.16")
    return status(bundle, "LMRI-003", as_of=date.fromisoformat(_DAY))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Completed 6 weeks of PT (3/1/2026 - 4/9/2026) without relief.",
        "s/p 6 wk PT course 3/1-4/9, no relief.",
        "6-week course of formal PT 3/1-4/9, no relief.",
        "Did 6 wks of PT (3/1-4/9) w/o relief.",
        "Six weeks of physical therapy 3/1/26-4/9/26, no relief.",
        "6wks outpatient PT (3/1-4/9) - no relief.",
        "Finished 6 weeks of PT 3/1-4/9 with minimal relief.",
        "Pt did 6 weeks of physical therapy (03/01/26-04/09/26), no relief.",
    ],
)
def test_weeks_before_the_care_are_its_course(text: str) -> None:
    assert _lmri(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Completed 5 weeks of PT (3/1/2026 - 4/3/2026) without relief.",
        "Completed 4 weeks of PT (3/1/2026 - 4/9/2026) without relief.",
        "PT 3/1-4/3, no relief.",
        "Completed 3 visits of PT (3/1/2026 - 4/9/2026) without relief.",
    ],
)
def test_fewer_weeks_or_none_still_fall_short(text: str) -> None:
    assert _lmri(text) != "met"
