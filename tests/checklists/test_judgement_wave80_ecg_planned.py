"""A resting ECG a plan names for a later day or a later visit is planned, not done (blind wave
80, KS/cardiac-imaging-03). "- Resting ECG at lab visit 7/24" in the Assessment/Plan list of a
7/21 note met CARD-004 (the resting ECG a stress test needs, LCD L35083): its "7/24" read as the
ECG's date, so as a tracing had. The same note said "ECG: ordered today - pt had to leave for
work before it was done; will get at lab visit.", and the record held the ECG's Procedure
"not-done" (no-show). A date after the note's own day, or a later visit or the stress test it is
to come before, puts the ECG ahead (smartapp/notes/ecg_not_taken.py, statements.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status

_VISIT = (
    "Progress Note - Internal Medicine\nHPI: 54 yo M, exertional chest pressure since June. "
    "HTN, obesity.\nFunctional: walks without limitation; able to do treadmill.\n"
    "Exam: BP 148/94, heart regular.\n"
)


def _ecg_status(said: str, written: str = "2026-07-21", plan: bool = True) -> str:
    if plan:
        text = _VISIT + "Assessment/Plan:\nExertional chest pressure, intermediate risk.\n"
        text += (
            "- Exercise SPECT MPI to evaluate for ischemia\n" + said + "\n- Start amlodipine 5\n"
        )
    else:
        text = _VISIT + said + "\nAssessment/Plan:\n- Exercise SPECT MPI to evaluate for ischemia\n"
    bundle = record("78452", _note("n1", written, text), reason="R07.89")
    return status(bundle, "CARD-004", as_of=date(2026, 7, 30))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "- Resting ECG at lab visit 7/24",
        "- EKG 7/28",
        "- 12-lead ECG on 8/1 w/ labs",
        "- ECG prior to stress",
        "- ekg at next visit",
        "- Resting EKG at lab draw 7/24",
        "- ECG @ lab visit Fri",
        "- baseline ECG before the stress test",
        "- Resting ECG at his lab appt on 7/24/26",
        "- EKG prior to MPI",
    ],
)
def test_an_ecg_a_plan_puts_on_a_later_day_or_visit_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "Tests: resting ECG at lab visit 7/24.",
        "ECG: ordered today - pt had to leave for work before it was done; will get at lab visit.",
        "EKG 7/24 at lab visit.",
    ],
)
def test_an_ecg_put_ahead_outside_the_plan_is_no_ecg(said: str) -> None:
    assert _ecg_status(said, plan=False) != "met"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("- ECG 7/20: NSR, no ST changes", "2026-07-21"),
        ("- Resting ECG done at lab visit 7/24: NSR", "2026-07-25"),
        ("- EKG 7/18 sinus rhythm, no ST changes", "2026-07-21"),
        ("- ECG at lab visit 7/14 showed NSR 70", "2026-07-21"),
        ("- ECG prior to stress reviewed: NSR 72, normal axis", "2026-07-21"),
        ("- EKG obtained at last lab visit 7/20 - normal", "2026-07-21"),
        ("- ECG 7/20", "2026-07-21"),
    ],
)
def test_an_ecg_had_or_read_still_counts(said: str, written: str) -> None:
    assert _ecg_status(said, written) == "met"


def test_an_ecg_read_before_the_plan_line_still_counts() -> None:
    said = "ECG today: NSR 78, no ST changes.\nTests: resting ECG repeat at next visit."
    assert _ecg_status(said, plan=False) == "met"
