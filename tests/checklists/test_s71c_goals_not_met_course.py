"""A course of therapy whose latest note says its goals were "not met" is still the course
OCC-002 asks for (work conditioning after acute therapy completed): the backward "not met"
negated the PT of "PT 5 visits, goals not met", and that denial in the newest note took back
every visit note before it (brief s71-c; context.yaml OUTCOME; the wordings:
tests/notes/test_s71c_goals_not_met.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status


def _occ002(latest: str) -> str:
    """OCC-002 for a knee work injury: PT 3/10-4/7 in five visit notes, then an occ med note of
    4/16 that says ``latest`` of the therapy and asks for work hardening."""
    visits = [
        _note(f"v{day}", f"2026-{day}", f"PT daily note: R knee sprain at work. Ther ex, gait "
              f"training. Lift {20 + n * 2} lb.")
        for n, day in enumerate(["03-10", "03-17", "03-24", "04-02", "04-07"])
    ]  # fmt: skip
    occ = _note(
        "n3", "2026-04-16",
        "Occ Med 4/16/26: truck driver, work injury 2/9/26 R knee, off work. Job: lifts 70 lb.\n"
        f"{latest}\nLift 30 lb, can't climb into cab.\n"
        "Plan: work hardening 3 h/day x 5 d/wk x 4 wks; goal full duty.",
    )  # fmt: skip
    order = {"authoredOn": "2026-04-17", "occurrenceDateTime": "2026-04-27"}
    bundle = record("97545", *visits, occ, reason="S83.91XD", order=order)
    return status(bundle, "OCC-002", as_of=dt.date(2026, 4, 21))["status"]


@pytest.mark.parametrize(
    "latest", ["PT 5 visits, goals not met.", "PT d/c'd 4/7 - STG/LTG not met."]
)
def test_a_course_whose_goals_were_not_met_is_still_the_course(latest: str) -> None:
    assert _occ002(latest) == "met"
