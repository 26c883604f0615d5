"""An ECG a plan only names, or one the patient left before, is no resting ECG (blind wave 76,
KE/cardiac-03). "P: 12-lead EKG today -> then exercise SPECT." and the addendum "pt had to leave
for work before EKG; will get at stress lab" met CARD-004 (the resting ECG a stress test needs,
LCD L35083), though the EKG order was revoked and no tracing was on file
(smartapp/notes/ecg_not_taken.py).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status

_VISIT = (
    "CARDIOLOGY VISIT\nS: 59M exertional chest heaviness x 2 months. DM2, HTN, smoker.\n"
    "O: BP 148/90 P 84 regular. Heart RRR.\nA: Probable stable angina.\n"
)


def _ecg_status(said: str, *extra: dict) -> str:
    bundle = record("78452", _note("n1", "2026-02-20", _VISIT + said), *extra, reason="I20.9")
    return status(bundle, "CARD-004")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "P: 12-lead EKG today -> then exercise SPECT.",
        "P: EKG today then stress test.",
        "Plan: ECG today, then exercise SPECT. If ischemia -> cath.",
        "P: 12-lead EKG today -> then exercise SPECT.\n"
        "Addendum 9/2 16:40 (MA): pt had to leave for work before EKG; will get at stress lab.",
        "P: exercise SPECT.\nADDENDUM: pt had to leave for work before EKG.",
        "P: exercise SPECT.\nADDENDUM: Pt left prior to the 12-lead ECG.",
        "P: exercise SPECT.\nADDENDUM: EKG order cancelled - pt left.",
        "P: exercise SPECT.\nADDENDUM: ECG was canceled, pt had to go.",
        "Addendum: pt left before EKG.",
        "Addendum: EKG cancelled.",
    ],
)
def test_an_ecg_planned_or_never_taken_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG today: NSR, no ST changes.",
        "P: EKG today: sinus rhythm, normal. Exercise SPECT.",
        "P: 12-lead EKG today shows NSR -> exercise SPECT.",
        "A/P: Chest pain. ECG today unremarkable. Exercise SPECT.",
        "Plan: exercise SPECT; ECG reviewed.",
        "Plan: exercise SPECT. ECG 8/30 LBBB.",
        "P: ECG today, then exercise SPECT.\nADDENDUM: ECG done: NSR, no ST changes.",
        "P: exercise SPECT.\nADDENDUM: pt left before echo; EKG NSR.",
        "P: exercise SPECT.\nADDENDUM: EKG done, NSR; pt left before labs.",
    ],
)
def test_an_ecg_done_or_read_still_counts(said: str) -> None:
    assert _ecg_status(said) == "met"


def test_a_revoked_ecg_order_is_no_ecg() -> None:
    order = {
        "resourceType": "ServiceRequest",
        "id": "ekgord",
        "status": "revoked",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "93000",
                             "display": "Electrocardiogram complete"}]},
        "authoredOn": "2026-02-20",
        "note": [{"text": "Cancelled - patient left prior to test"}],
    }  # fmt: skip
    assert _ecg_status("P: exercise SPECT.", order) != "met"
