"""Care called long enough when it was not (brief s79-care, blind wave 94's false mets).

- MW/work-rehab-02: "PT 'on hold' since early May." ran PT from May to the note: the pause word
  in quotes hid it from the pause reader (courses._PAUSED). Care on hold since a time stopped
  then; "on hold x 1 wk, resumed" and a course said done still count.
- MW/lumbar-mri-02: "Did chiropractic 'a couple years ago' for a different episode." lent its
  two years to this episode's three-month window: care told as another episode's is no piece of
  this one (past_course_apart.for_another_episode). "Prior PT for the same back" stays.
- MX/wlk-02: "Fall risk (per family hx)." was read as told by the family ("per wife"), so the
  patient's: a risk from the family's history is no limitation of the patient's (cues.INFORMANT).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.past_course_apart import for_another_episode

from .test_judgement import _note, record, status
from .test_judgement_s69g_referred_weeks_on_hold import _occ
from .test_judgement_wave10 import status as walker_status


@pytest.mark.parametrize(
    "hold",
    [
        "PT 'on hold' since early May. Still doing HEP.",
        'PT "on hold" since 5/10, WC adjuster pending IME.',
        "PT 'paused' since mid-May.",
        "Therapy \u2018on hold\u2019 since early May.",
        "PT 'suspended' since early May pending IME.",
    ],
)
def test_therapy_on_hold_in_quotes_runs_no_further(hold: str) -> None:
    assert _occ("Refer PT.", hold) != "met", hold


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Refer PT.", "In PT since mid-April 2x/wk, plateaued; d/c'd 6/1."),
        ("Refer PT.", "PT attended 4/10-5/22, 1 cancellation, discharged at plateau."),
        # A short hold the care came back from continues.
        ("Refer PT.", "In PT 2x/wk since mid-April; 'on hold' x 1 wk for illness, resumed 5/20."),
        ("Refer PT.", "PT since mid-April 2x/wk, on hold 1 wk for illness, resumed, plateaued."),
    ],
)
def test_a_course_had_still_counts(first: str, later: str) -> None:
    assert _occ(first, later) == "met", later


def _lmri_003(said: str) -> str:
    text = f"Back pain f/u.\nHPI: LBP since Oct.\nA: disc displacement suspected. {said}\nP: MRI."
    bundle = record("72148", _note("n1", "2026-03-06", text), reason="M51.26")
    return status(bundle, "LMRI-003", as_of=date(2026, 3, 9))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Did chiropractic 'a couple years ago' for a different episode. Says he 'tried "
        "meloxicam for a bit' but stopped, not sure how long.",
        "Chiropractic x 6 wks in Jan for a different issue.",
        "PT x 8 wks (Dec-Feb) for an unrelated injury.",
        "PT x 8 wks (Dec-Feb) - separate problem (neck).",
    ],
)
def test_care_for_another_episode_lends_no_dates(said: str) -> None:
    assert _lmri_003(said) != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "PT x 8 wks (Dec-Feb), completed, no relief.",
        "PT x 8 wks (Dec-Feb), completed, no relief. Chiro years ago for a different episode.",
        "Prior PT for the same back pain helped. PT x 8 wks (Dec-Feb), completed, no relief.",
    ],
)
def test_this_episode_s_care_still_counts(said: str) -> None:
    assert _lmri_003(said) == "met", said


def test_another_episode_is_read_in_the_care_s_own_sentence() -> None:
    text = "PT x 8 wks (Dec-Feb), no relief. Chiro years ago for a different episode."
    assert not for_another_episode(text, "PT")
    assert for_another_episode(text, "Chiro")
    assert not for_another_episode(text, "")


def _walker(line: str) -> str:
    text = (
        "68F, R knee pain 3 wks, mild. Mother broke hip at 80 after a fall.\n"
        "O: Gait: normal, steady, no assistive device.\n"
        f"A: R knee pain, likely early OA. {line}\n"
        "P: ibuprofen prn, HEP. Walker ordered per pt request."
    )
    bundle = record("E0143", _note("n1", "2026-02-20", text), reason="M17.11")
    return walker_status(bundle, "WLK-002")["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Fall risk (per family hx).",
        "Fall risk per family history.",
        "Fall risk (FHx).",
        "Fall risk - family hx of hip fx.",
    ],
)
def test_a_fall_risk_from_family_history_is_no_limitation(line: str) -> None:
    assert _walker(line) == "missing", line


@pytest.mark.parametrize(
    "line",
    [
        "Falls at home x3 per wife.",
        "Per daughter, unsteady gait at home, fell in the kitchen twice.",
    ],
)
def test_a_relative_s_account_of_the_patient_still_counts(line: str) -> None:
    assert _walker(line) == "met", line
