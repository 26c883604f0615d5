"""A hand therapist's evaluation is the therapy evaluation PT-002 asks for: "OT HAND THERAPY
EVALUATION & PLAN OF CARE 12/1/2025" (blind wave 64, IG/therapy-pt-ot-chiro-03). "Hand therapy"
is also occupational therapy's own name (conservative care), and that shorter phrase took the
words "therapy evaluation" from under the evaluation. One asked for, still to come, denied, or a
physician's own hand exam is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 6, 1)


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return any(f.asserted for f in found if f.concept == "therapy-evaluation")


@pytest.mark.parametrize(
    "text",
    [
        "OT HAND THERAPY EVALUATION & PLAN OF CARE 12/1/2025\nWrist ext 25, grip R 8 lb.",
        "Hand therapy evaluation 12/1/25: R wrist ext 25, flex 20, grip 8 lb.",
        "Hand Therapy Initial Eval - L thumb CMC OA, key pinch 4 lb.",
        "Seen today for hand therapy evaluation; QuickDASH 61.",
        "S: referred by Dr. Ellison. Hand therapy initial evaluation completed, splint fabricated.",
        "Occupational therapy hand therapy eval 3/2/26: TAM 140 deg.",
        "OT/hand therapy evaluation: R distal radius fx, sup 40, pron 60.",
        "CHT eval 3/2/26: flexor tendon repair zone II, TAM 140.",
        "CHT evaluation - R trigger thumb, QuickDASH 45.",
        "OT hand eval 3/2/26: grip 8 lb, wrist ext 30.",
        "Certified hand therapist evaluation - R thumb CMC, pinch 3 lb.",
    ],
)
def test_the_hand_therapists_evaluation_is_one(text: str) -> None:
    assert _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Referral to hand therapy for evaluation.",
        "Hand therapy evaluation scheduled for 3/10.",
        "Hand therapy evaluation pending insurance approval.",
        "No hand therapy evaluation on file.",
        "Will need hand therapy evaluation after cast removal.",
        "CHT eval next visit.",
        "Hand exam: Tinel + at the wrist, thenar atrophy.",
        "Hand therapy 2x/wk x 6 wks for grip strengthening.",
        "Referred to OT for hand evaluation next week.",
    ],
)
def test_one_not_done_is_none(text: str) -> None:
    assert not _asserted(text), text
