"""An injection done at the visit, written under the A/P or Plan ("L GH CSI (triamcinolone 40)
today under US", "Injected L shoulder today with 40 mg Kenalog", "Procedure: L GH CSI performed
today, tolerated well") is care given that day, not care planned (found while fixing blind wave
28, CW/tsa-02). A plan section's line was planned unless it said the care was tried or goes on;
an injection said given, done, performed, tolerated or had today is done. An injection still
offered ("CSI today if agreeable", "consider CSI today vs PT", "plan CSI next visit") is not,
nor is another kind of care begun today ("start meloxicam today")."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_PT = "L shoulder OA. Completed PT 10/1/25-12/20/25, minimal gain.\n"


def _shoulder_care(text: str) -> str:
    """TSA-002 (84 days of care in 365) as of 2026-03-01: PT for 80 days, then one note of
    2/20 whose plan line is ``text``."""
    bundle = record("23472", _note("n1", "2026-02-20", _PT + text), reason="M19.012")
    return status(bundle, "TSA-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L GH CSI (triamcinolone 40) today under US.",
        "Plan: L GH CSI performed today, tolerated well.",
        "Plan: L GH CSI done today under US guidance.",
        "Plan: L GH steroid injection given today.",
        "Plan: L GH CSI today with 40 mg Kenalog; pt tolerated well.",
        "Plan: L shoulder cortisone injection administered today.",
    ],
)
def test_an_injection_done_at_the_visit_is_care_given(text: str) -> None:
    assert _shoulder_care(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: CSI today if agreeable.",
        "Plan: consider CSI today vs PT.",
        "Plan: L GH CSI next visit.",
        "Plan: discussed CSI; will schedule L GH CSI under US.",
        "Plan: start meloxicam 15 mg daily today.",
        "Plan: pt declined CSI today.",
        "Plan: hold CSI given A1c 11.",
        "Plan: CSI handout given today.",
    ],
)
def test_an_injection_offered_or_other_care_begun_is_not_given(text: str) -> None:
    assert _shoulder_care(text) == "partial", text
