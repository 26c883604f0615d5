"""Acute therapy still running when work hardening is asked for, found by blind wave 77
(KH/occupational-work-rehab-03): "PT daily note - visit 5 of 12" and, two days later, "Current:
PT ongoing since 3/10 (5 visits)" before a 4/17 request for work hardening "in parallel with PT"
met OCC-002 (five visits over 37 days), though work conditioning follows acute therapy
completed (course_under_way.py; OCC-002 ``finished``). The course's latest statements say how
it stands: visits left of a planned count, or therapy said to go on now.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status


def _work_hardening(latest: str) -> str:
    """OCC-002 for a knee work injury: PT from 3/10 (evaluation and four daily notes), then an
    occ med note of 4/16 that says ``latest`` of the therapy and asks for work hardening."""
    evaluation = _note(
        "n1", "2026-03-10",
        "PT evaluation 3/10/26: R knee sprain at work 2/9/26 (fell from truck step).\n"
        "Knee flex 95. Lift 20 lb. Tx today: ther ex, gait training.",
    )  # fmt: skip
    visits = [
        _note(f"v{day}", f"2026-{day}", f"PT daily note: R knee sprain. Ther ex, gait training. "
              f"Knee flex {100 + n * 4}, lift {20 + n * 2} lb.")
        for n, day in enumerate(["03-17", "03-24", "04-02", "04-07"])
    ]  # fmt: skip
    occ = _note(
        "n3", "2026-04-16",
        "Occ Med 4/16/26: truck driver, work injury 2/9/26 R knee, off work. Job: lifts 70 lb.\n"
        f"{latest}\nLift 30 lb, can't climb into cab.\n"
        "Plan: work hardening 3 h/day x 5 d/wk x 4 wks; goal full duty.",
    )  # fmt: skip
    order = {"authoredOn": "2026-04-17", "occurrenceDateTime": "2026-04-27"}
    bundle = record("97545", evaluation, *visits, occ, reason="S83.91XD", order=order)
    return status(bundle, "OCC-002", as_of=dt.date(2026, 4, 21))["status"]


@pytest.mark.parametrize(
    "latest",
    [
        "Current: PT ongoing since 3/10 (5 visits).",
        "PT daily note - visit 5 of 12.",
        "PT: in progress, 5 visits so far.",
        "Currently attending PT 2x/wk.",
        "Still in PT, 5/12 visits done.",
        "pt is continuing physical therapy 2x per week",
        "S: cont PT, knee better. A/P: continue PT per POC.",
        "Ongoing physical therapy at ABC Rehab.",
        "PT tx #5 of 12 today, cont POC.",
        "Has completed 5 of 12 authorized PT visits.",
    ],
)
def test_therapy_said_under_way_is_not_a_completed_course(latest: str) -> None:
    assert _work_hardening(latest) == "partial"


@pytest.mark.parametrize(
    "latest",
    [
        "PT completed 4/7 (5 visits), plateaued; d/c to HEP.",
        "Discharged from PT 4/7 after 5 visits to HEP.",
        "PT 3/10-4/7, 5 visits, no further gains; done.",
        # Another injury's therapy done, and a symptom that goes on, say nothing of this course.
        "PMH: L shoulder strain 2023 - PT done, full RTW. Knee pain ongoing after PT.",
        "Pt continues to have pain with stairs after PT.",
        "PT visit 5 of 5 on 4/7, discharged.",
    ],
)
def test_therapy_ended_or_only_a_symptom_going_on_still_counts(latest: str) -> None:
    assert _work_hardening(latest) == "met"
