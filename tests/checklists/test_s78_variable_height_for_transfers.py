"""A variable-height bed's need is the height that makes a transfer possible (brief s78-func).

NCD 280.7 covers the variable height feature for severe arthritis and injuries of the legs (a
fractured hip) and for severely debilitating conditions, so the patient can put the feet on the
floor to stand or move to a chair or wheelchair. A clinician who writes that the bed's height is
what the transfer needs documents BED-001 for an E0255/E0256 (blind waves 47 and 63, FU/bed-03:
"standard bed too high/low for safe transfers" after a hip fracture with KL4 knees;
IF/hospital-bed-02: "variable height to level with the wheelchair for slide-board transfers").
Not for another bed's code (a total-electric bed's height is a convenience), nor a patient's
wish to get out of a low bed more easily, a bed kept low against falls, or difficulty getting
out of bed with no height in it (blind wave 42, FA/bed-03; CS/bed-03; A/bed-14).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _bed(code: str, text: str, reason: str = "M17.0") -> str:
    bundle = record(code, _note("n1", "2026-02-19", text), reason=reason,
                    order_type="DeviceRequest")  # fmt: skip
    return status(bundle, "BED-001")["status"]


NEEDS = [
    "S/p L hip ORIF, severe bilat knee OA. Needs bed at a height where feet reach floor to "
    "stand with walker; standard bed too high/low for safe transfers; 2 near-falls at night.",
    "R hemiplegia after stroke. Needs hospital bed with variable height to level with the "
    "wheelchair for slide-board transfers.",
    "OT: slide board transfer safe only when surfaces level (wc seat 20 in). Mod A x1.",
    "Severe knee OA. Transfers unsafe from standard bed height; needs hi-lo bed.",
]


@pytest.mark.parametrize("text", NEEDS)
def test_a_height_needed_for_transfers_is_the_variable_height_beds_need(text: str) -> None:
    assert _bed("E0255", text) == "met"


@pytest.mark.parametrize("text", NEEDS[:2])
def test_the_same_words_do_not_need_a_semi_electric_bed(text: str) -> None:
    assert _bed("E0260", text) == "missing"  # no "partial": the code's part stands aside


@pytest.mark.parametrize(
    "text",
    [
        # the patient's wish, independent sit-to-stand (CS/bed-03)
        "Asks for hospital bed - 'hard getting out of my low bed in the morning'. Sleeps flat. "
        "Sit-to-stand from chair w/ arms independent. Requests bed for ease of getting up.",
        # a bed kept low against falls (A/bed-14)
        "Wife requests hospital bed - ordered variable-height bed with full rails, keep at "
        "lowest height at night. Turns and gets in/out of bed on his own.",
        # transfers told without any height (FA/bed-03)
        "Knee OA, difficulty w/ bed mobility. Daughter says she struggles to get out of bed.",
        # the height for the caregiver's comfort
        "Transfers independent. Bed height for comfort; daughter wants it higher for linens.",
        # a transfer need denied
        "No difficulty with transfers at the current bed height.",
    ],
)
def test_a_wish_a_fall_guard_or_no_height_is_no_such_need(text: str) -> None:
    assert _bed("E0255", text) == "missing"
