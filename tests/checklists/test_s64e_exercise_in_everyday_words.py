"""Whether the patient can exercise, said as what they do every week (blind wave 64,
II/cardiac-02: "Still plays rec-league softball and mows 1 acre w/ push mower - no problem
exercising" was read as nothing, and CARD-003 called missing). A sport the patient plays, a lawn
they mow, a gym they work out at, or exercise said to give no trouble answer the question a
stress test asks (LCD L35083: exercise or pharmacologic stress), as "walks 2 miles" already did.
An ability said to be done "without difficulty" is the ability, not its denial.

Not a sport given up or only wished for, a relative's mowing, nor a home program's exercises.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

from .test_judgement import _note, record, status


def _exercise(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/c1", text, dt.date(2026, 6, 8))])
    return any(f.concept == "exercise-ability" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Still plays rec-league softball and mows 1 acre w/ push mower - no problem exercising.",
        "Plays church softball on Sundays.",
        "pt plays doubles tennis 2x/wk",
        "Mows his own lawn, about an acre.",
        "Works out at Planet Fitness (treadmill) 3x/wk.",
        "Goes to the gym most mornings.",
        "Exercises 30 min daily on the bike.",
        "No trouble exercising per pt.",
        "Able to exercise without difficulty.",
        "SH: retired, plays basketball w/ grandsons, no sx w/ exercise.",
    ],
)
def test_what_the_patient_does_every_week_says_they_can_exercise(text: str) -> None:
    assert _exercise(text)


@pytest.mark.parametrize(
    "text",
    [
        "No longer plays softball since the knee surgery.",
        "Used to play tennis; stopped 2 yrs ago.",
        "Goal: play pickleball with his wife again.",
        "His son mows the lawn now.",
        "Does his home exercises daily as instructed by PT.",
        "Chest tightness while mowing, relieved by rest.",
        "Plays cards and video games.",
    ],
)
def test_a_sport_given_up_wished_for_or_someone_else_s_does_not(text: str) -> None:
    assert not _exercise(text)


def test_the_stress_echo_request_reads_the_weekly_softball() -> None:
    note = _note(
        "n1",
        "2026-02-20",
        "HPI: 57M, intermittent L chest tightness x3 wks. Still plays rec-league softball and "
        "mows 1 acre w/ push mower - no problem exercising.\nA/P: Exercise stress echo.",
    )
    assert status(record("93351", note, reason="R07.9"), "CARD-003")["status"] == "met"
