"""A referral to a seating evaluation, or one still needed, is no PT/OT specialty evaluation
(LCD L33789; brief s86-seating, WHC-008): the ordering physician's "Referred to OT seating
eval." read as the evaluation held. The evaluation itself, or a referral
whose evaluation the note says was held, still counts."""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _flags(text: str) -> list[bool]:
    found = find_findings([NoteInput("D/86", text)])
    return [f.hypothetical for f in found if f.concept == "wheelchair-evaluation"]


@pytest.mark.parametrize(
    "text",
    [
        "Referred to OT seating eval.",
        "Referred to OT for seating eval.",
        "Referred to seating clinic.",
        "Pt was referred to PT for a power mobility evaluation.",
        "Needs PT wheelchair evaluation.",
        "Requires OT seating assessment before the chair is ordered.",
    ],
)
def test_a_referral_or_need_is_no_evaluation(text: str) -> None:
    assert _flags(text) and all(_flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "OT seating & mobility eval done 4/9: drove demo chair safely.",
        "Referred to OT seating eval - completed 4/9, see report.",
        "Referred to PT seating evaluation, held 3/2: drove demo chair safely.",
        "Pt referred for seating evaluation by Dr. Smith; drove demo chair safely.",
        "PT/ATP seating assessment 3/2: safe joystick control.",
        "Seating and mobility evaluation by OT 9/2: drove the demo chair safely.",
    ],
)
def test_the_evaluation_held_still_counts(text: str) -> None:
    flags = _flags(text)
    assert flags and not any(flags)
