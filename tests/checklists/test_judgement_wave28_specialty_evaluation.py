"""The many ways a seating and mobility specialty evaluation is titled (blind wave 28, CW/whc-03).
A PT's note opening "SEATING & MOBILITY SPECIALTY EVALUATION (PT/ATP, RESNA-certified)" with a
Group 3 driving trial was no specialty evaluation to WHC-008 (LCD L33789: a PT, OT or
physiatrist's evaluation for Group 3 chairs and power options), since the title had a word
between the seating and the evaluation. Titles with a word between, the chair named short, a
PT/OT/ATP's "specialty evaluation" or "power chair trial" are that evaluation; a referral, a
booked, pending or still needed one ("needs ...", "appt 3/28", "to follow"), the physician's
face-to-face "mobility evaluation" or joystick trial, and the supplier ATP's own evaluation are
not."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

TRIAL = (
    "\nTrial Group 3 PWC w/ power tilt: operated joystick safely, good judgment/vision."
    "\nRec: K0856 with power tilt."
)
PT = "\nO. Dunleavy PT ATP"
MD = "\nK. Moravec MD"


def _whc008(text: str) -> str:
    bundle = record(
        "K0856", _note("n1", "2026-02-18", text), reason="G12.21", order_type="DeviceRequest"
    )
    return status(bundle, "WHC-008")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "SEATING & MOBILITY SPECIALTY EVALUATION (PT/ATP, RESNA-certified)  02/18/2026"
        + TRIAL
        + PT,
        "OUTPATIENT PT - POWER WHEELCHAIR SPECIALTY EVALUATION" + TRIAL + PT,
        "Power mobility specialty eval 02/18/2026" + TRIAL + PT,
        "Specialty mobility evaluation 02/18/2026" + TRIAL + PT,
        "Mobility specialty evaluation (PT/ATP)" + TRIAL + PT,
        "PT/ATP specialty evaluation 2/18/2026: safe joystick use, judgment, vision." + PT,
        "PWC evaluation 02/18/2026" + TRIAL + PT,
        "Power chair eval by PT 02/18/2026" + TRIAL + PT,
        "Seating and positioning evaluation" + TRIAL + PT,
        "Joystick driving trial and seating/positioning evaluation" + TRIAL + PT,
        "PT/ATP power chair trial 02/18/2026: drove the joystick safely, good judgment." + PT,
        "OT joystick trial: drove safely, stops on command.\nA. Cole, OTR/L",
    ],
)
def test_a_therapist_s_specialty_evaluation_however_titled(text):
    assert _whc008(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "NEUROLOGY CLINIC\nA/P: ALS. Referred to outpatient seating clinic for PT/OT wheelchair "
        "specialty evaluation - appt 6/30/26." + MD,
        "NEUROLOGY - POWER MOBILITY F2F\nExam: operated joystick safely in clinic trial.\n"
        "Plan: refer for PT/ATP specialty evaluation." + MD,
        "Telephone note: PT/ATP specialty seating evaluation now scheduled 07/28/2026." + MD,
        "NEUROLOGY\nA/P: will need specialty wheelchair evaluation by PT." + MD,
        "NEUROLOGY\nA/P: Awaiting PT/ATP specialty evaluation." + MD,
        "NEUROLOGY\nA/P: PT/ATP specialty evaluation not yet done." + MD,
        "NEUROLOGY\nA/P: refer to PT for power chair trial." + MD,
        # still needed or booked, outside a plan section, in the old words and the new
        "NEURO\nNeeds seating and mobility specialty evaluation prior to PWC order." + MD,
        "NEURO\nNeeds seating and mobility evaluation prior to PWC order." + MD,
        "NEURO\nPT/ATP specialty evaluation appt 3/28/2026." + MD,
        "NEURO\nPT seating evaluation appt 3/28/2026." + MD,
        "NEURO\nPt wants a power chair; PT/ATP specialty evaluation to follow." + MD,
        "NEURO\nPt wants a power chair; seating evaluation to follow." + MD,
        "NEURO\nSeating & mobility specialty eval: not yet scheduled." + MD,
        # the patient, not the therapist: the physician's own trial at the face-to-face
        "NEUROLOGY\nExam: Pt completed a power chair trial in clinic, drove safely." + MD,
        "NEUROLOGY\nExam: pt did joystick trial today - safe." + MD,
        "Face-to-face mobility evaluation\nExam: operated joystick safely in clinic trial." + MD,
        "SEATING & MOBILITY SPECIALTY EVALUATION"
        + TRIAL
        + "\nCarlos Ybarra, ATP (supplier employee)",
    ],
)
def test_no_specialty_evaluation_yet(text):
    assert _whc008(text) != "met"
