"""A test the equipment was not there for was not done (blind wave 22, BZ/card-02). A primary
care note's 'Resting 12-lead: our ECG machine was down today -> nurse visit for ECG before the
stress test.' met CARD-004 (the resting ECG a stress echo needs, LCD L35083) though the coded ECG
was not-done, its observation cancelled and the note's ECG field left '***'. A machine down,
broken or out of service, or the equipment unavailable, says the study it names was not done,
as 'not performed' does; an ECG done on another machine, or a machine named with no fault, is
still an ECG. A device 'broken' or 'not working' is not read so: it is as often the patient's
own ('CPAP machine not working' is CPAP in use)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status


def _ecg_status(said: str) -> str:
    visit = f"PRIMARY CARE\nS: exertional chest tightness.\nA/P:\n - {said}\n - stress echo."
    bundle = record("93351", _note("n1", "2026-02-20", visit), reason="R07.89")
    return status(bundle, "CARD-004")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Resting 12-lead: our ECG machine was down today -> nurse visit for ECG before stress.",
        "EKG not obtained today - machine broken.",
        "12-lead ECG: EKG machine down in clinic, will get at next visit.",
        "ECG cart out of service today.",
        "Resting ECG - equipment unavailable.",
    ],
)
def test_an_ecg_the_machine_was_down_for_is_no_ecg(said):
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG today: NSR 72, no ST changes.",
        "ECG machine fixed; ECG today: NSR, no ST changes.",
        "12-lead done on the portable machine: NSR, LVH with strain.",
        "ECG today: NSR. Home CPAP machine broken, DME to replace.",
    ],
)
def test_an_ecg_done_still_counts(said):
    assert _ecg_status(said) == "met"
