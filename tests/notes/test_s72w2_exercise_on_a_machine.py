"""Exercise the patient does on a machine, in a class or in the pool is exercise ability (blind
wave 81, KW/cardiac-imaging-03: "Gait normal, exercises on elliptical 3x/wk." was read as
nothing, and CARD-003, whether the patient can do an exercise stress test, called missing).
"exercises daily" and "works out at the gym" already read; the machine the exercise is done on
("on elliptical", "on the treadmill"), a machine used or ridden with how often, laps swum, an
aerobics class taken and a social history's "Exercise: elliptical 3x/wk" did not.

Not exercise only advised or planned, given up, a relative's, nor the machine named for the
stress test itself. The request it answers: tests/checklists/test_s72w2_exercise_on_a_machine.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _exercise(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/e1", text, dt.date(2026, 7, 14))])
    return any(f.concept == "exercise-ability" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Gait normal, exercises on elliptical 3x/wk.",
        "Exercises on treadmill 30 min most days.",
        "pt excercises on her stationary bike daily",
        "Uses the elliptical at the Y 4x/week.",
        "rides exercise bike 20 min qd",
        "Swims laps 3x/wk at the rec center.",
        "SH: retired teacher. Exercise: elliptical 3x/wk.",
        "Walks on the treadmill 30 mins daily w/o CP.",
        "Does water aerobics twice weekly.",
        "Takes a spin class 2x/wk.",
        "works out on eliptical at home",
    ],
)
def test_exercise_on_a_machine_in_a_class_or_the_pool_is_ability(text: str) -> None:
    assert _exercise(text)


@pytest.mark.parametrize(
    "text",
    [
        "Used to exercise on the elliptical, stopped in 2024.",
        "Encouraged to exercise on elliptical 3x/wk.",
        "Exercise counseling given.",
        "Husband exercises on the elliptical daily.",
        "No longer exercises on treadmill since the fall.",
        "Plan to start using the treadmill 30 min daily.",
        "Elliptical machine recommended.",
        "Exercise: none.",
        "Exercise treadmill stress test ordered.",
        "Used to swim laps at the Y.",
        "Exercise: walking 30 min daily recommended.",
        "Exercise: elliptical 30 min daily, encouraged.",
        "Plan: Exercise: walking 30 min daily.",
    ],
)
def test_exercise_advised_given_up_or_another_s_is_not(text: str) -> None:
    assert not _exercise(text)
