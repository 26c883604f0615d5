"""Limits and abilities in everyday words, found by blind wave 45: a walking cap written after
its number ("walks 15 min max"), comprehension lost for what others say or broadcast ("cannot
follow the radio news"), and arm strength said to be enough to push a manual chair ("arms
strong enough to self-propel"). Each test also names what must stay unread.
"""

from __future__ import annotations

import datetime as dt

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _asserted(concept: str, text: str) -> bool:
    return any(f.concept == concept and f.asserted for f in find_findings([NoteInput("D/1", text)]))


def test_a_walking_cap_written_after_its_number_is_a_limit() -> None:
    assert _asserted("activity-limitation", "Walks 15 min max, then knee gives out.")
    assert _asserted("activity-limitation", "Ambulates 2 blocks maximum.")
    assert _asserted("activity-limitation", "Can walk 20 minutes tops.")
    # Minutes walked with no cap are exercise, not a limit.
    assert not _asserted("activity-limitation", "Walks 45 min daily for exercise.")


def test_a_knee_note_capping_the_walk_meets_the_functional_limit() -> None:
    text = (
        "Ortho f/u. R knee lateral OA. Walks 15 min max, then has to sit.\n"
        "Exam: ROM 5-110, valgus. Plan: R TKA."
    )
    bundle = record("27447", _note("n1", "2026-05-04", text), reason="M17.11")
    report = score_bundle(bundle, service="27447", as_of=dt.date(2026, 5, 6))
    assert {i["id"]: i for i in report["items"]}["TKA-003"]["status"] == "met"


def test_what_the_patient_can_no_longer_follow_is_a_communication_limit() -> None:
    assert _asserted("communication-limitation", "Son says she cannot follow the radio news.")
    assert _asserted("communication-limitation", "Unable to follow group conversations at church.")
    assert _asserted("communication-limitation", "Has trouble following TV shows since the stroke.")
    assert not _asserted("communication-limitation", "Follows conversation well, reads the paper.")
    assert not _asserted("communication-limitation", "Goal: follow the news independently.")


def test_arm_strength_enough_to_push_the_chair_is_safe_use() -> None:
    assert _asserted("safe-operation", "Arms strong enough to self-propel in the apartment.")
    assert _asserted("safe-operation", "Has the upper extremity strength to propel the chair.")
    assert not _asserted("safe-operation", "Arms not strong enough to self-propel.")
    assert not _asserted("safe-operation", "Lacks the strength to propel the chair.")
    assert not _asserted("safe-operation", "Has enough strength to propel only 10 ft.")
