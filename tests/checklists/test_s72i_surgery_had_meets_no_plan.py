"""A surgery the record tells as had meets no surgical plan item (brief s72-i).

TSA-005, THA-005 and TKA-005 were met by a replacement told as done and undated: "s/p TSA",
"hx R THA", "PSH: TKA", "POD #1 R TKA" (a date a month before the note was already the past). A
left TSA order whose record says only "s/p TSA" (or a revision's, whose old implant is the one
named) has no plan on file. The plan written beside such history still meets the item.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_ITEMS = {
    "shoulder": ("23472", "M19.012", "TSA-005"),
    "hip": ("27130", "M16.12", "THA-005"),
    "knee": ("27447", "M17.12", "TKA-005"),
}


def _plan(joint: str, text: str) -> str:
    code, reason, item = _ITEMS[joint]
    return status(record(code, _note("n1", "2026-02-20", text), reason=reason), item)["status"]


@pytest.mark.parametrize(
    "joint, text",
    [
        ("shoulder", "HPI: L shoulder pain. s/p TSA. A/P: L GH OA, XR ordered."),
        ("shoulder", "PSH: TSA. A/P: L GH OA, continue HEP."),
        ("shoulder", "hx TSA, now painful and loose. A/P: L shoulder pain, CT ordered."),
        ("shoulder", "s/p L TSA, doing well, cont PT."),
        ("hip", "s/p THA. A/P: hip pain, XR."),
        ("hip", "POD 2 s/p L THA, ambulating with walker."),
        ("hip", "History of left total hip arthroplasty, now with groin pain."),
        ("knee", "s/p TKA. A/P: knee OA, continue HEP."),
        ("knee", "h/o L TKA. A/P: L knee pain."),
        ("knee", "POD #1 L TKA, pain controlled."),
        ("knee", "Post-op L TKA, wound healing."),
    ],
)
def test_a_surgery_had_is_no_plan(joint: str, text: str) -> None:
    assert _plan(joint, text) != "met"


@pytest.mark.parametrize(
    "joint, text",
    [
        ("shoulder", "s/p R TSA 2024 doing well. A/P: L GH OA, failed PT/CSI. Plan L TSA 3/10."),
        ("shoulder", "s/p failed PT and CSI x2. Plan: L reverse TSA, expect pain relief."),
        ("hip", "hx R THA. A/P: L hip OA. Proceed with L THA 3/20, expect improved gait."),
        ("hip", "Hx L hip OA, failed PT/NSAIDs; plan L THA."),
        ("knee", "L TKA candidate; s/p failed PT, plan L TKA 3/10."),
        ("knee", "R TKA 2023. Now L TKA planned for 3/2026."),
        # the plan after a turn to the present is not dated by the deed before it
        ("knee", "R TKA 2023, now L TKA planned."),
        ("hip", "R THA 2021 did well, now L THA planned."),
    ],
)
def test_a_plan_beside_a_surgery_had_still_meets(joint: str, text: str) -> None:
    assert _plan(joint, text) == "met"
