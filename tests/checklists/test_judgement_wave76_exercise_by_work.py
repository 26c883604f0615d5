"""Exercise ability told by the patient's work or chores (blind wave 76, KE/cardiac-03).

"Still works construction full days, climbs ladders." says the patient can exercise, which
decides between an exercise and a pharmacologic stress test (CARD-003, LCD L35083); it was read
as nothing. A physical trade, a climb, a dog walked daily or the week's heavy chores told as what
the patient does now are ability, as "walks 2 mi daily" and "mows the lawn" already were. A past
habit, a relative's work and a desk job are not; an inability ("can't climb stairs") answers the
criterion as a limit, never as ability.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record
from .test_judgement_wave10 import status


def _able(text: str) -> bool:
    """Whether ``text`` tells, asserted and of the patient, that the patient can exercise."""
    return any(
        f.concept == "exercise-ability"
        and not (f.negated or f.hypothetical or f.family or f.historical)
        for f in find_findings([NoteInput("D/1", text)])
    )


def _card003(said: str) -> str:
    visit = (
        "CARDIOLOGY VISIT\nS: 59M exertional chest heaviness x 2 months. DM2, HTN.\n"
        f"O: BP 148/90 P 84 regular. {said}\nA: Probable stable angina.\nP: Exercise SPECT."
    )
    bundle = record("78452", _note("n1", "2026-02-20", visit), reason="I20.9")
    return status(bundle, "CARD-003")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Still works construction full days, climbs ladders.",
        "Works construction.",
        "Climbs ladders at work daily.",
        "Works as a roofer.",
        "Works on his farm daily, baling hay.",
        "Works full time as a mail carrier.",
        "Climbs stairs at home without difficulty.",
        "Walks his dog 2 miles every day.",
        "Splits firewood and shovels snow all winter.",
        "Does his own yard work.",
    ],
)
def test_work_or_chores_the_patient_does_tell_exercise_ability(said: str) -> None:
    assert _able(said)
    assert _card003(said) == "met"


@pytest.mark.parametrize(
    "said",
    [
        "Used to run.",
        "Used to climb ladders at work.",
        "Worked construction until 2020.",
        "Son works construction.",
        "His son climbs ladders at work.",
        "Wife does all the yard work.",
        "Works as an accountant.",
        "Can't climb stairs.",
    ],
)
def test_a_past_habit_a_relatives_work_or_a_desk_job_is_no_ability(said: str) -> None:
    assert not _able(said)
