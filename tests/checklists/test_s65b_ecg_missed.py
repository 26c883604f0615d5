"""An ECG the patient did not come for is no resting ECG (brief s65b-met, blind wave 110,
PB/cardiac-03). "Nurse phone note: Called pt re EKG - did not make it to lab on 1/27 or 1/28,
states he'll 'just get it at the stress test'." met CARD-004 (the resting ECG a stress test
needs, LCD L35083) on "EKG": the order was cancelled after the no-show and no tracing was on
file. A test the patient did not make it to, missed or never showed for was not done
(smartapp/notes/ecg_called_off.py, _CALLED_OFF).
"""

from __future__ import annotations

import pytest

from .test_judgement_wave76_ecg_not_taken import _ecg_status


@pytest.mark.parametrize(
    "said",
    [
        "Nurse phone note: Called pt re EKG - did not make it to lab on 1/27 or 1/28, states "
        "he'll 'just get it at the stress test'.",
        "Called pt re EKG - did not make it to lab, will get at stress test.",
        "EKG - pt didn't make it to the lab.",
        "ECG: patient missed lab appt.",
        "EKG ordered - pt never showed.",
        "ECG - pt failed to show for lab visit.",
        "12-lead ECG ordered, patient did not show up.",
    ],
)
def test_an_ecg_the_patient_did_not_come_for_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "EKG 1/27: NSR, no ST changes.",
        "Pt made it to the lab 1/28, EKG NSR.",
        "ECG today: NSR. Pt missed his echo.",
        "EKG done 1/28: NSR; pt did not make it to the echo.",
    ],
)
def test_an_ecg_taken_still_counts(said: str) -> None:
    assert _ecg_status(said) == "met"
