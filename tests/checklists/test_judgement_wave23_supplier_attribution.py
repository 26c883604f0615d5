"""Who performed an evaluation, named in its first line, signs it (blind wave 23, CE/whc-03):
an unsigned note opening "SEATING & MOBILITY ASSESSMENT - performed by Jon Riggs, ATP, Ability
Wheels DME (supplier)" met WHC-008 as a Group 3 chair's specialty evaluation, since a signer's
credentials were read only when the line ended after them ("Carlos Ruiz, ATP (supplier)") and a
note with no signer read is counted as unknown, not wrong. LCD L33789 asks for a PT, OT or
physiatrist with no financial tie to the supplier; the supplier's ATP is not one. "performed
by", "completed by", "evaluated by" and the like before a name and its credentials say who did
it, whatever follows; a PT named so still counts, and a PT's own evaluation that mentions the
supplier's ATP at the trial is the PT's.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.signers import credentials

from .test_judgement import _note, record, status

TRIAL = (
    "\nTrialed mid-wheel drive Group 3 base with power tilt, R thumb joystick: drove 50 ft in "
    "hallway with verbal cues. Rec: K0856 with power tilt, custom seat/back."
)


def _whc008(first_line: str, signature: str = "") -> str:
    text = first_line + TRIAL + (f"\n{signature}" if signature else "")
    bundle = record(
        "K0856", _note("n1", "2026-02-18", text), reason="G80.0", order_type="DeviceRequest"
    )
    return status(bundle, "WHC-008")["status"]


def test_the_supplier_s_atp_named_as_the_performer_is_no_specialty_evaluation() -> None:
    line = "SEATING & MOBILITY ASSESSMENT - performed by Jon Riggs, ATP, Ability Wheels DME"
    assert _whc008(line) != "met"


def test_a_therapist_named_as_the_performer_still_counts() -> None:
    line = "SEATING & MOBILITY ASSESSMENT - performed by Dana Lee, PT, ATP, Ability Wheels seating"
    assert _whc008(line) == "met"
    line = "SEATING & MOBILITY EVALUATION - completed by Ann Cole, OTR/L, Children's seating clinic"
    assert _whc008(line) == "met"


def test_a_therapist_s_evaluation_mentioning_the_supplier_s_atp_is_the_therapist_s() -> None:
    line = (
        "SEATING & MOBILITY EVALUATION. Driving trial assessed by Jon Riggs, ATP, Ability Wheels, "
        "with me"
    )
    assert _whc008(line, "Dana Lee, PT  02/18/2026") == "met"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("performed by Jon Riggs, ATP, Ability Wheels DME (supplier)", {"ATP"}),
        ("Evaluation completed by Ann Cole, OTR/L, seating clinic", {"OTR/L", "OTR"}),
        ("assessed by J. Riggs ATP at the home visit", {"ATP"}),
        ("Referred by Dr. Pemberton to seating clinic", set()),
        ("performed by the supplier, Ability Wheels", set()),
    ],
)
def test_who_performed_it_is_read_from_by_and_a_credential(text: str, found: set[str]) -> None:
    assert credentials(text) == found


def test_a_therapy_assistant_s_note_is_no_specialty_evaluation() -> None:
    # A COTA or PTA carries out the therapist's plan; the evaluation is the PT's or OT's (the
    # school COTA note beside CE/whc-03's supplier assessment).
    line = "SEATING & MOBILITY ASSESSMENT at school"
    assert _whc008(line, "Rosa Kim, COTA  02/18/2026") != "met"
    assert _whc008(line, "Rosa Kim, COTA / Ann Cole, OTR/L  02/18/2026") == "met"
