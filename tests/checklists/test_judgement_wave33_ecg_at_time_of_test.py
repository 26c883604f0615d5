"""An ECG to be taken when the requested stress test is done is not yet taken (blind wave 33,
DS/cardiac-imaging-02). A plan line 'Exercise stress echo ... ECG at time of test.' met CARD-004
(the resting ECG a stress test needs and whether it can be read for ischemia, LCD L35083), though
no ECG was in the record. Tied to the time of the test, study or procedure still ahead, the ECG is
still to come, as one 'on day of test' already was (wave 15); an ECG done today still counts.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status


def _ecg_status(said: str) -> str:
    visit = (
        "CARDIOLOGY VISIT\nS: exertional chest pressure since spring, walks 2 miles a day.\n"
        f"A/P: Exercise stress echo; if ischemia, angiography. {said}"
    )
    bundle = record("93351", _note("n1", "2026-02-20", visit), reason="R07.89")
    return status(bundle, "CARD-004")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "ECG at time of test.",
        "Resting 12-lead at the time of the stress test.",
        "EKG at the time of the study.",
        "Baseline ECG at time of procedure.",
    ],
)
def test_an_ecg_taken_with_the_test_still_ahead_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG today: NSR, no ST changes.",
        "Resting ECG 2/20: sinus rhythm, LVH with strain.",
    ],
)
def test_an_ecg_done_still_counts(said: str) -> None:
    assert _ecg_status(said) == "met"
