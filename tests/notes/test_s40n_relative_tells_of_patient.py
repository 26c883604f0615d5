"""What a relative tells or does about the patient is the patient's finding: a limit listed after
the patient's need of a relative's help, a carer's failed try with pillows or a wedge (hospital
bed LCD L33820), and a call or message with a relative about the patient. Family history and a
relative's own condition stay the family's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.caregiver_care import patients_care_need
from smartapp.notes.cues import INFORMANT


def _findings(text: str) -> list:
    return find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 6, 2))])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Needs son to help tie his shoes, has trouble climbing the porch steps.", "trouble"),
        ("needs her partner's help getting into the tub, gave up gardening", "gave up"),
        ("Relies on daughter to drive her, can't stand to cook.", "can't stand"),
        ("Cannot tie shoes without help from his son, limps after 2 blocks.", "limps"),
        ("needs help from her daughter getting into the shower, quit choir", "quit"),
        ("Husband tried a stack of pillows - she slides flat by midnight.", "slides"),
        ("son propped her on two pillows and a wedge but she slips down.", "slips"),
    ],
)
def test_a_limit_after_a_relatives_help_or_try_is_the_patients(text: str, target: str) -> None:
    assert patients_care_need(text, text.index(target))


def test_a_limit_after_a_relatives_help_is_flagged_the_patients() -> None:
    found = _findings("Needs son to help tie his shoes, difficulty with stairs, quit golf.")
    stairs = [f for f in found if "stairs" in f.text]
    assert stairs and not any(f.family for f in stairs)


def test_a_carers_failed_wedge_is_the_patients_positioning_need() -> None:
    found = _findings("Husband tried pillows and a foam wedge - she slides down, wakes breathless.")
    need = [f for f in found if f.concept == "positioning-need"]
    assert need and not any(f.family for f in need)


@pytest.mark.parametrize(
    "text",
    [
        "Telephone call with his son: pt fell twice this week.",
        "Spoke w/ the daughter today - mom is in bed most of the day.",
        "MyChart message 5/30/26 from patient's husband: she cannot climb the stairs.",
        "Son (Dale) calling: pt too weak to get out of bed.",
    ],
)
def test_a_call_or_message_with_a_relative_is_told_of_the_patient(text: str) -> None:
    assert INFORMANT.search(text)


def test_a_call_with_a_relative_flags_the_patients_fall() -> None:
    found = _findings("Phone with son: she fell twice this month, can barely get to the mailbox.")
    assert any(f.concept == "activity-limitation" for f in found)
    assert not any(f.family for f in found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Her sister has COPD and tried a wedge pillow for her own cough.", "COPD"),
        ("Needs son to help with socks; her father had both hips replaced.", "hips"),
    ],
)
def test_a_relatives_own_condition_stays_the_familys(text: str, target: str) -> None:
    assert not patients_care_need(text, text.index(target))


@pytest.mark.parametrize(
    "text",
    [
        "Mother had OSA and used CPAP.",
        "FHx: father with hip replacement at 60.",
        "Son will call to schedule the sleep study.",
    ],
)
def test_family_history_and_a_call_to_come_tell_nothing(text: str) -> None:
    assert not INFORMANT.search(text)
