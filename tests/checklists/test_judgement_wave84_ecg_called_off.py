"""An ECG a note names for today whose own sentence says it was not taken is no resting ECG
(blind wave 84, LL/card-02). "P: 12-lead ECG today (MA to obtain) -- pt had to leave for work,
will get at stress lab." met CARD-004 (the resting ECG a stress test needs, LCD L35083): the
"had" of "pt had to leave" read as the ECG had. The ECG order was revoked that day and no tracing
was on file (smartapp/notes/ecg_not_taken.py, called_off_after).
"""

from __future__ import annotations

import pytest

from .test_judgement_wave76_ecg_not_taken import _ecg_status


@pytest.mark.parametrize(
    "said",
    [
        "P: 12-lead ECG today (MA to obtain) -- pt had to leave for work, will get at stress lab.",
        "P: 12-lead ECG today -- pt had to leave for work.",
        "P: ECG today - pt had to go, will get at stress lab.",
        "Plan: EKG today (MA) - pt had to leave early; to be done at stress lab.",
        "EKG today -- pt had to leave for work, will get at stress lab.",
        "ECG today - pt had to leave before it was done.",
        "P: ECG today, pt had to leave - will obtain prior to stress.",
        "ECG today -- pt had to leave; rescheduled.",
        "P: ECG today -- no time, pt had appt, will get at the stress lab.",
        "EKG ordered today but patient had to leave, not done.",
        "Orders: ECG today -- pt refused.",
        "P: 12-lead ECG today -- machine down, will get at stress lab.",
        "ECG ordered, not done - patient had to pick up kids.",
    ],
)
def test_an_ecg_its_sentence_says_was_not_taken_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG today: NSR, no ST changes.",
        "ECG 3/2: normal.",
        "ECG obtained, reviewed.",
        "ECG reviewed - pt had to leave.",
        # another test's: the patient left before the echo, declined the stress test
        "ECG today -- pt had to leave before echo.",
        "P: ECG today: NSR -- pt had to leave before labs.",
        "ECG today, pt declined stress test.",
        "ECG today; echo deferred.",
        "ECG in clinic today - pt refused flu shot.",
        "ECG NSR, will get repeat at stress lab.",
        "EKG done, NSR; pt left before labs.",
    ],
)
def test_an_ecg_read_or_another_test_called_off_still_counts(said: str) -> None:
    assert _ecg_status(said) == "met"
