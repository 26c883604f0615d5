"""A fall-risk screen named without a result, fall-risk teaching and falls the patient denies in
a field find no mobility limitation (blind wave 33, DR/walker-02). A wellness visit's
smart-phrase 'Fall risk screening (STEADI): Pt screened. Fall risk education provided.' and the
field 'Falls: denies falls in the past year.' met WLK-002 (a mobility limitation in the home,
NCD 280.3) for a woman with a normal gait and TUG 9 s who wanted a walker for a trip. A screen
answered with what it found ('positive', 'high') and falls counted still count.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status


def _limitation(line: str) -> str:
    text = (
        "WELLNESS VISIT. 68F, L knee aches after a long walk.\n"
        f"{line}\n"
        "Exam: gait steady, no assistive device.\n"
        "A/P: knee OA, mild. Rollator ordered per pt request for travel."
    )
    bundle = record("E0143", _note("n1", "2026-02-20", text), reason="M17.12")
    return status(bundle, "WLK-002")["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Falls: denies falls in the past year.",
        "Falls: denied any falls since last visit.",
        "Fall risk screening (STEADI): Pt screened.",
        "Fall risk assessment: completed.",
        "Fall risk education provided.",
        "Fall risk screen done. Fall risk handout given.",
    ],
)
def test_a_screen_without_its_result_or_denied_falls_are_no_limitation(line: str) -> None:
    assert _limitation(line) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "Falls: 2 falls at home in the past year, one in the bathroom.",
        "Fall risk screen (STEADI): positive - fell in her kitchen 1/30.",
        "Fall risk assessment: high; unsteady turning in her kitchen.",
    ],
)
def test_falls_counted_or_a_screen_that_found_risk_still_count(line: str) -> None:
    assert _limitation(line) == "met"
