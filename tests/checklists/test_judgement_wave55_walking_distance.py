"""A distance the patient can walk answers whether they can exercise on a treadmill (blind wave
55, GX/cardiac-03: "Can walk 1 mile on treadmill at the Y without stopping").

LCD L35083 weighs exercise against pharmacologic stress; "can walk 3 blocks", "able to walk 2
miles" say what the patient can do now, as "walks 2 miles/day" already did. A goal ("will be
able to walk 1 mile", "Goal: able to walk 4 blocks") or a past ability ("could walk 2 miles
last year") does not.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "He can walk 2 miles at the mall most mornings.",
        "Able to walk 4 blocks before the pressure comes on.",
        "Still able to walk 30 minutes on the treadmill.",
    ],
)
def test_a_distance_the_patient_can_walk_answers_it(text: str) -> None:
    assert _asserted(text, "exercise-ability")


@pytest.mark.parametrize(
    "text",
    [
        "Goal: able to walk 4 blocks without stopping.",
        "She will be able to walk 1 mile once rehab ends.",
        "Could walk 2 miles last year.",
    ],
)
def test_a_goal_or_a_past_ability_does_not(text: str) -> None:
    assert not _asserted(text, "exercise-ability")


def test_the_stress_test_request_reads_the_distance_walked() -> None:
    note = _note(
        "n1",
        "2026-02-20",
        "S: 58M exertional chest pressure x 4 wks. Can walk 2 miles at the mall most mornings.\n"
        "P: Exercise nuclear stress test.",
    )
    assert status(record("78452", note, reason="R07.89"), "CARD-003")["status"] == "met"
