"""An ECG result label whose text is a plan, an order or a pending state is no ECG done (blind
wave 79, KR/cardiac-imaging-03). "ECG: will obtain resting 12-lead at time of stress study." met
CARD-004 (the resting ECG a stress test needs, LCD L35083) on the label's "ECG", though the
record held no tracing from the last two years (smartapp/notes/ecg_not_taken.py).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status

_VISIT = (
    "CARDIOLOGY CONSULT\nReason: DOE x 2 months. CAD s/p PCI, DM2, HTN.\n"
    "Exam: RRR, no edema.\nFunctional: unable to do treadmill - R BKA.\n"
)


def _ecg_status(said: str) -> str:
    text = _VISIT + said + "\nA/P: Recurrent ischemia suspected. Lexiscan MPI.\n"
    bundle = record("78452", _note("n1", "2026-02-20", text), reason="I25.10")
    return status(bundle, "CARD-004")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "ECG: will obtain resting 12-lead at time of stress study.",
        "EKG - to be done at stress lab.",
        "12-lead: ordered, pending.",
        "ECG today: pending",
        "Resting ECG: not done today.",
        "EKG: deferred to day of test.",
        "ECG: n/a",
        "ECG - pt to have 12 lead when he comes for the stress test.",
        "ekg- not yet done",
        "EKG (resting): will get at time of MPI",
        "ECG: order placed, awaiting.",
    ],
)
def test_an_ecg_label_whose_text_is_a_plan_or_pending_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG: NSR, no ST changes.",
        "EKG today - LBBB.",
        "ECG 2/18: sinus brady 52.",
        "EKG: done today, sinus rhythm 64.",
        "ECG: reviewed - normal.",
        "12-lead: NSR 72, normal axis; repeat ordered for stress lab.",
        "Resting ECG: LVH with strain, not interpretable for ischemia.",
        "ECG: obtained today - sinus, nonspecific T wave changes.",
    ],
)
def test_an_ecg_label_with_its_reading_still_counts(said: str) -> None:
    assert _ecg_status(said) == "met"
