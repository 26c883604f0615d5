"""The day of a work injury told by the task that hurt, with no "DOI" label (OCC-001): "R
shoulder pain since 3/2/26 transferring a resident" dates the injury as surely as "DOI 3/2/26"
(blind wave 58, HK/work-rehab-02, a CNA on restricted duty). The task must move a person or a
load: care "transferred" on a day, a goal "by" a day, or a transfer that only hurts since, date
no injury."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _injury(how: str) -> str:
    text = (
        f"S: 41M orderly at Lakeview Hospital. {how}\n"
        "Work status: restricted duty, no lifting over 15 lb."
    )
    bundle = record("97545", _note("n1", "2026-02-24", text), reason="S46.011D")
    return status(bundle, "OCC-001")["status"]


@pytest.mark.parametrize(
    "how",
    [
        "L shoulder pain since 2/4/26 transferring a resident (pulled).",
        "LBP began 1/11/26 repositioning a bariatric patient in bed.",
        "Neck pain since 1/20/26 while boosting a pt up in bed.",
        "Onset 2/3/26 after transferring a patient from bed to chair.",
        "Pain started 1/9/26, he was turning a resident and felt a pull.",
        "Mid back pain since 2/2/26 catching a falling resident.",
        "R wrist pain since 1/15/26 while carrying a 40 lb tote.",
    ],
)
def test_a_day_and_the_task_that_hurt_date_the_injury(how: str) -> None:
    assert _injury(how) == "met", how


@pytest.mark.parametrize(
    "how",
    [
        "Shoulder pain; seen 2/2/26 transferring care to ortho after transferring a resident.",
        "Shoulder pain after transferring a resident. Goal by 6/1/26 transferring a patient.",
        "Shoulder pain since 2/2/26, worse with transferring residents.",
        "Shoulder pain. PT eval 2/16/26: difficulty transferring a patient.",
    ],
)
def test_care_moved_a_goal_or_a_painful_task_dates_no_injury(how: str) -> None:
    assert _injury(how) != "met", how
