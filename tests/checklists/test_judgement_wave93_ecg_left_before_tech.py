"""An ECG the patient left before whoever was to take it could do so is no resting ECG (blind
wave 93, MS/card-02). The phone note "called pt re: ECG - he left before the tech could do it
yesterday (had to get back to work)." met CARD-004 (the resting ECG a stress test needs, LCD
L35083): "left before the tech" read as leaving before another test, since only a test's name or
"it" after "before" said the ECG's. A person there (tech, MA, nurse, staff) is the one who was to
take it, unless what they were to do names another test ("before the MA drew labs")
(smartapp/notes/ecg_called_off.py). An unfilled SmartText field ("ECG: {ECG RESULT:***}") and
the other ways a note says an ECG was not done stay no result.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave76_ecg_not_taken import _ecg_status


@pytest.mark.parametrize(
    "said",
    [
        "Phone note 2/21: called pt re: ECG - he left before the tech could do it yesterday "
        "(had to get back to work).",
        "Called pt re: ECG - she left before the MA could get it.",
        "ECG - pt left before the tech could do it.",
        "ECG not done - he left before the tech could do it.",
        "Phone call: pt left before nurse could do EKG. Will reschedule.",
        "Data: ECG: {ECG RESULT:***}",
        "EKG: ***",
        "ECG today - unable to obtain, pt refused.",
        "ECG not performed.",
        "ECG: machine down.",
        "ECG: will obtain at next visit.",
        "Pt refused ECG today.",
        "Could not obtain EKG today, machine down.",
    ],
)
def test_an_ecg_left_before_its_taker_or_not_done_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG done today: NSR",
        "ECG 2/18 - sinus rhythm, no ST changes",
        "ECG today. Pt left before the tech could draw labs.",
        "ECG today: NSR. Pt left before the MA could do the echo.",
        "EKG 2/18: NSR. Phone note: pt left before the nurse could give flu shot.",
        "ECG: NSR, rate 72. Pt left before the tech could draw labs.",
        "ECG: {ECG RESULT: NSR, no ST changes}",
    ],
)
def test_an_ecg_read_or_another_test_left_still_counts(said: str) -> None:
    assert _ecg_status(said) == "met"
