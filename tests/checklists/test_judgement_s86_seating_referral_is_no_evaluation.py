"""A referral to a seating evaluation is no evaluation (brief s86-seating).

WHC-008 (LCD L33789's specialty evaluation by a PT, OT or physiatrist for power mobility) scored
met on the ordering physician's note that read only "Referred to OT seating eval.": the "not yet
done" guards looked only at the words right before the match, and the forward "referred to" was
read nowhere. Nor is an evaluation still needed, nor the supplier's ATP assessment alone. The
evaluation held, or a referral the note says was completed, still counts.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _whc008(text: str, title: str = "Progress note") -> str:
    # The ordering physician's note (signer not named), dated inside the six months.
    note = _note("n1", "2026-02-18", text, extra={"type": {"text": title}})
    bundle = record("K0861", note, reason="G12.21", order_type="DeviceRequest")
    return status(bundle, "WHC-008")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Referred to OT seating eval.",
        "Referred to OT for seating eval.",
        "Referred to seating clinic.",
        "Needs PT wheelchair evaluation.",
        "ATP seating assessment at the home by the supplier.",
        "Pt was referred to PT for a power mobility evaluation.",
    ],
)
def test_a_referral_need_or_supplier_assessment_is_not_met(text: str) -> None:
    assert _whc008(text) != "met", text


# The evaluation's own date is when it was held (checklists/evaluation_dates.py): a day before
# this February note, inside the six months ("4/9" would be April of the year before).
@pytest.mark.parametrize(
    "text",
    [
        "OT seating & mobility eval done 2/9: drove the demo chair safely, recommends tilt.",
        "Referred to OT seating eval - completed 2/9, see report.",
        "Referred to PT seating evaluation, held 2/10: drove the demo chair safely.",
        "PT/ATP seating assessment 2/10: safe joystick control, needs tilt.",
    ],
)
def test_the_evaluation_held_is_met(text: str) -> None:
    assert _whc008(text) == "met", text


def test_a_therapists_own_evaluation_note_is_met() -> None:
    text = (
        "Pt referred for seating evaluation by Dr. Smith. Seating and mobility evaluation: "
        "poor trunk control, drove the trial chair safely. Recommends K0861 with tilt.\n"
        "L. Brandt, OTR/L"
    )
    assert _whc008(text, "Seating evaluation") == "met"
