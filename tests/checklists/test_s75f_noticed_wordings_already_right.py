"""Wordings noticed while reading blind cases that the engine already judges as a reviewer
would (brief s75-f): kept here with their near misses so that stays so.

- "Allergies: insulin - listed in error." is no insulin treatment (CGM-001), as an allergy
  entry is not (test_s72_insulin_on_the_allergy_list.py); insulin in the medication list is.
- An ECG Procedure marked not-done with no date is no resting ECG (CARD-004), as a dated one
  is not (test_s72d_procedure_not_done.py); a note that reads the ECG is.
- "Mother: stutters on initial sounds; avoids talking at school" is the mother telling the
  child's speech (SLP-003), not her own (notes/relative_speaker.py); a family history entry
  "FHx: mother stutters" is hers.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status
from .test_judgement_wave21_past_insulin import _cgm

_VISIT = "S: DM2 f/u. Taking metformin and Ozempic weekly. A1c 8.4.\n"


@pytest.mark.parametrize(
    ("said", "met"),
    [
        ("Allergies: insulin - listed in error.", False),
        ("Allergies: insulin (entered in error)", False),
        ("Allergies: NKDA. Insulin allergy listed in error - removed.", False),
        ("Allergies: NKDA. Meds: glargine 20 u qHS", True),
    ],
)
def test_insulin_listed_in_error_is_no_insulin_treatment(said: str, met: bool) -> None:
    assert (_cgm(_VISIT + said + "\nA/P: CGM ordered. Continue metformin.") == "met") is met


_CARD_VISIT = (
    "Progress Note - Internal Medicine\nHPI: 54 yo M, exertional chest pressure since June. "
    "HTN.\n{said}\nAssessment/Plan:\n- Exercise SPECT MPI to evaluate for ischemia\n"
)


def _ecg(state: str, said: str = "") -> dict:
    procedure = {
        "resourceType": "Procedure",
        "id": "ekg",
        "status": state,
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "93000"}],
                 "text": "12-lead ECG"},
    }  # fmt: skip
    note = _note("n1", "2026-02-20", _CARD_VISIT.format(said=said))
    return status(record("78452", note, procedure, reason="R07.89"), "CARD-004")


@pytest.mark.parametrize("state", ["not-done", "entered-in-error", "preparation"])
def test_an_undated_ecg_not_done_is_no_ecg(state: str) -> None:
    assert _ecg(state)["status"] != "met"
    assert _ecg(state, "ECG today: NSR, no ST changes.")["status"] == "met"


def _slp_003(said: str) -> str:
    text = f"SLP evaluation, 6 yo M.\n{said}\nPlan: therapy 1x/wk x 12 wks."
    bundle = record("92508", _note("n1", "2026-02-20", text), reason="F80.81")
    return status(bundle, "SLP-003", as_of=date(2026, 3, 1))["status"]


@pytest.mark.parametrize(
    ("said", "met"),
    [
        ("Mother: stutters on initial sounds; avoids talking at school.", True),
        ("Mother: stutters on initial sounds. Teacher: avoids answering in class.", True),
        ("Per mother, stutters on initial sounds and avoids talking in class.", True),
        ("Mother reports: stutters on initial sounds, avoids speaking at school.", True),
        # The mother's own: a family history entry, or the mother as the subject.
        ("FHx: mother stutters, avoids talking on the phone.", False),
        ("Mother stutters and avoids talking on the phone.", False),
        ("FHx: mother - stuttering, avoided speaking in school.", False),
    ],
)
def test_a_mother_telling_the_child_s_speech(said: str, met: bool) -> None:
    assert (_slp_003(said) == "met") is met, said
