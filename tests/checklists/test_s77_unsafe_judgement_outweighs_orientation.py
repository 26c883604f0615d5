"""Orientation and arm strength show no safe use of a chair when the same note says the patient
is impulsive or lacks safety awareness (brief s77-fall, noticed at stop 57; unsafe_use.py).

WHC-005 asks that the patient can use the chair safely -- strength, cognition, judgement, vision
(LCD L33788) -- or has a caregiver who can. "Alert, oriented", "A&O x3" and "UE strength 5/5" are
the exam's stand-ins for it (blind wave 87, LU/wheelchair-02) and still are, unless the note
states the judgement the chair needs is lacking: "impulsive", "poor safety awareness", "impaired
judgment", "unsafe to operate the power chair". A caregiver who can push, or safe use stated
outright, still meets the item; a judgement denied ("no impulsivity") or a walker found unsafe
(WHC-003's reason) takes nothing from the stand-ins.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _whc005(text: str) -> str:
    note = _note("n1", "2026-02-10", f"Mobility exam (face to face). {text}")
    return status(record("K0001", note, reason="G20.A1"), "WHC-005")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Exam: alert, oriented x3, UE strength 5/5. PT: impulsive, poor safety awareness, "
        "unsafe with walker.",
        "Exam: A&O x3. Poor safety awareness per PT.",
        "Alert, oriented. Impulsive - ran the loaner chair into the door frame twice.",
        "AAOx4, bilat UE 5/5. Safety awareness: impaired (left neglect).",
        "Oriented x3 but impaired judgment per neuropsych testing.",
        "UE strength 5/5. Not safe to operate a power chair per OT.",
    ],
)
def test_a_judgement_found_lacking_outweighs_the_stand_ins(text: str) -> None:
    assert _whc005(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Exam: alert, oriented, UE 5/5.",
        "A&O x3, UE 5/5. No impulsivity, good safety awareness.",
        "A&O x3, UE 5/5; not impulsive.",
        "Alert, oriented x3. No safety awareness deficits.",
        "Alert, oriented x3, UE 5/5. Unsafe with walker - fell twice.",
        # a caregiver who can, or safe use said outright, still meets it
        "A&O x3. Impulsive, poor safety awareness. Wife able and willing to push the chair.",
        "Impulsive at times, but demonstrated safely propelling the loaner chair 150 ft.",
    ],
)
def test_the_stand_ins_or_a_safe_use_stated_still_meet_it(text: str) -> None:
    assert _whc005(text) == "met"
