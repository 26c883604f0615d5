"""Six weeks of PT told after its label meet LMRI-003 (brief s70-f): "PT: 6 weeks, no relief"
was PT with no weeks. Planned weeks ("Plan: PT: 6 weeks") or a symptom's are no course had.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _lmri_003(line: str) -> str:
    text = f"HPI: LBP radiating to L leg x 10 wks.\n{line}\nPlan: MRI L-spine."
    bundle = record("72148", _note("n1", "2026-02-20", text), reason="M54.16")
    return status(bundle, "LMRI-003", as_of=date(2026, 2, 26))["status"]


@pytest.mark.parametrize(
    "line",
    [
        "PT: 6 weeks, no relief",
        "Physical therapy: 8 weeks, failed",
        "PT - 6 weeks, no relief",
        "Tx: PT: 6 weeks, no relief",
        "Chiropractic \u2013 7 weeks, no better",
    ],
)
def test_weeks_after_a_therapy_label_are_a_course(line: str) -> None:
    assert _lmri_003(line) == "met", line


@pytest.mark.parametrize(
    "line",
    ["Plan: PT: 6 weeks, 2x/wk", "Pain: 6 weeks, no PT yet", "RTC: 6 wks. PT referral."],
)
def test_planned_or_another_label_s_weeks_are_none(line: str) -> None:
    assert _lmri_003(line) != "met", line
