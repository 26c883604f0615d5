"""The hospital bed's positioning need in the ways notes write it (NCD 280.7, LCD L33820: the head
or upper body raised 30 degrees or more, pillows or wedges tried and ruled out), and the near
misses that are a liking or a carer's convenience (brief s80-func; blind wave 95,
NB/hospital-bed-03: "can only sleep w/ knees + trunk elevated ~30-45°. Pillows fall off." and
"needs trunk/knee elevation not feasible in ordinary bed" were read as no need at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _found(text: str, concept: str = "positioning-need") -> list:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 10, 12))])
    return [f for f in found if f.concept == concept]


def _need(text: str) -> bool:
    return any(f.asserted for f in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "LSS w/ severe back pain lying flat, can only sleep w/ knees + trunk elevated ~30-45°.",
        "A/P: LSS - needs trunk/knee elevation not feasible in ordinary bed -> hospital bed.",
        "Pillows fall off.",
        "Tried pillows but they keep sliding; wedge rolls off the bed.",
        "Upper body raised 45 deg at night for GERD/aspiration.",
        "Elevate the head 30° at all times (aspiration).",
        "Needs 30-45° head elevation for orthopnea.",
        "Sleeps elevated 30-40 degrees on a stack of pillows.",
        "Has been sleeping in her lift chair x 3 months - can't breathe in bed.",
        "Needs to be propped up at night to breathe.",
        "Sleeps in recliner because it's easier to breathe.",
    ],
)
def test_the_need_in_a_note_s_words(text: str) -> None:
    assert _need(text)


@pytest.mark.parametrize(
    "text",
    [
        # under the NCD's 30 degrees
        "Trunk elevated 15-20 degrees.",
        "Upper body raised 20-30 degrees.",
        # the bed's own setting in its order (blind wave 1, A/bed-09)
        "Order placed for fixed-height hospital bed with mattress, HOB 30 deg nightly.",
        # a joint's range on exam, no bed's part
        "Knee flexion 30 degrees, extension lag 5 degrees.",
        "Shoulder elevation 90 degrees, painful arc.",
        # a liking, a feature, a carer's convenience
        "Prefers to sleep propped up.",
        "Prefers to be propped up at night.",
        "Prefers to sleep in his recliner.",
        "Sleeps in a recliner by choice.",
        # the ease of getting up, no positioning (blind wave 36, ED/hospbed-03)
        'Sleeps in her recliner most nights because "it\'s easier to get up".',
        "HOB elevated for caregiver convenience.",
        "Head raised 30 degrees for ease of care.",
        # pillows that do their work
        "Sleeps on 2 pillows, pillows work fine.",
        # a denial before the LCD's words
        "No need for elevation not feasible in a standard bed.",
    ],
)
def test_near_misses_state_no_need(text: str) -> None:
    assert not _need(text)


def test_the_pillows_fall_is_no_fall_of_the_patient() -> None:
    fell = "Had a fall at home last week, weak legs."
    assert not any(f.asserted for f in _found("Pillows fall off.", "walking-limitation"))
    assert any(f.asserted for f in _found(fell, "walking-limitation"))
