"""What a patient habitually does, and how far a manual chair goes before pain, answer the
questions a stress test and a power chair ask (blind wave 21, BU/card-02, BW/whc-03).

- "Walks 2 miles/day w/ her dog w/o limitation, climbs 2 flights fine": habitual walking and
  stairs tell whether the patient can exercise on a treadmill (LCD L35083), as "still jogs 2 mi"
  already did. A goal ("Goal: walk 2 miles") or a past habit ("used to walk 2 miles") does not.
- "manual chair no longer feasible (shoulder pain/weakness)", "can propel only ~40 ft before
  8/10 shoulder pain", "manual propulsion 40 ft with pain 8/10": why a manual chair does not do
  (LCD L33789 criterion C). Propelling a distance with supervision, or independently, does not
  say so.
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
        "Walks 2 miles/day w/ her dog w/o limitation, climbs 2 flights fine.",
        "Climbs 3 flights of stairs at work without chest pain.",
        "He walks 30 minutes daily on the treadmill at the gym.",
    ],
)
def test_habitual_walking_or_stairs_answer_whether_the_patient_can_exercise(text: str) -> None:
    assert _asserted(text, "exercise-ability")


@pytest.mark.parametrize(
    "text",
    [
        "Goal: walk 2 miles by summer.",
        "Used to walk 2 miles a day before the knee got worse.",
        "Stairs at home: 2 flights to apartment.",
    ],
)
def test_a_goal_a_past_habit_or_a_home_s_stairs_do_not(text: str) -> None:
    assert not _asserted(text, "exercise-ability")


def test_the_stress_echo_request_reads_the_walking_habit() -> None:
    note = _note(
        "n1",
        "2026-02-20",
        "S: 64F chest tightness. Walks 2 miles/day w/ her dog w/o limitation, climbs 2 flights "
        "fine.\nP: Exercise stress echo.",
    )
    assert status(record("93351", note, reason="R07.89"), "CARD-003")["status"] == "met"


@pytest.mark.parametrize(
    "text",
    [
        "A/P: Mobility-limited in home; manual chair no longer feasible (shoulder pain/weakness).",
        "Now can propel only ~40 ft before 8/10 shoulder pain.",
        "Endurance: manual propulsion 40 ft with pain 8/10.",
        "Manual wheelchair no longer safe to self-propel given fatigue.",
    ],
)
def test_a_manual_chair_no_longer_feasible_or_stopped_by_pain_does_not_do(text: str) -> None:
    assert _asserted(text, "manual-chair-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Propels manual chair 150 ft independently.",
        "Manual propulsion 40 ft with supervision.",
        "Manual chair no longer needed; walking with cane.",
    ],
)
def test_a_chair_propelled_or_no_longer_needed_is_no_failure(text: str) -> None:
    assert not _asserted(text, "manual-chair-insufficient")


def test_the_power_chair_request_reads_the_manual_chair_s_failure() -> None:
    note = _note(
        "n1",
        "2026-02-20",
        "S: CP, GMFCS IV; can propel only ~40 ft before 8/10 shoulder pain.\n"
        "A/P: manual chair no longer feasible (shoulder pain/weakness); needs Group 3 PWC.",
    )
    bundle = record("K0856", note, reason="G80.1", order_type="DeviceRequest")
    assert status(bundle, "WHC-004")["status"] == "met"
