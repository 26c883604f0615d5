"""The face-to-face mobility examination is not the specialty evaluation (blind wave 42).

LCD L33789 asks a Group 3 power chair for two things: the treating practitioner's face-to-face
mobility examination and a specialty evaluation by a PT, OT or physiatrist. A physician's note
titled only "mobility evaluation" is the first; WHC-008 took its title for the second, though
its plan still booked the therapist's seating evaluation. A therapist's note titled the same
way, or a seating evaluation by title, is still the specialty evaluation.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _titled(title: str, text: str) -> dict:
    return _note("n1", "2026-02-18", text, extra={"type": {"text": title}})


def _whc008(note: dict) -> str:
    bundle = record("K0856", note, reason="G12.21", order_type="DeviceRequest")
    return status(bundle, "WHC-008")["status"]


def test_a_physicians_mobility_evaluation_is_the_face_to_face_only():
    note = _titled(
        "Rheumatology mobility evaluation",
        "FACE-TO-FACE MOBILITY EXAM 2/18/2026\nCannot walk to the kitchen safely; falls with "
        "walker. Exam: alert, vision adequate, hand strength fine for a joystick.\n"
        "Plan: K0856. Refer to OT for seating evaluation - booked 3/9/26.",
    )
    assert _whc008(note) != "met"


@pytest.mark.parametrize(
    ("title", "signer"),
    [
        ("PT mobility evaluation", "R. Okafor, DPT"),
        ("Seating evaluation", "L. Brandt, OTR/L"),
    ],
)
def test_a_therapists_evaluation_by_its_title_still_counts(title, signer):
    note = _titled(
        title,
        f"Assessed for Group 3 power chair with tilt: good trunk control in tilt, safe "
        f"operation of the joystick.\n{signer}",
    )
    assert _whc008(note) == "met"
