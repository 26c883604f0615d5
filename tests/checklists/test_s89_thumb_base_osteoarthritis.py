"""The whole osteoarthritis block supports therapy codes (s89-three, blind wave 104, OH/pt-03): OT's
therapeutic activities (97530) for "Unilateral primary osteoarthritis of first carpometacarpal
joint, left hand" (M18.12) after a CMC arthroplasty paired with no therapy diagnosis, since the
list held the hip's, knee's and other joints' OA (M16, M17, M19) but not the thumb base's (M18)
nor polyarticular OA (M15). Diagnoses therapy does not treat, in chapter 13 or out of it, stay
out: the block joins, not the chapter."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


@pytest.mark.parametrize(
    ("cpt", "code"),
    [
        ("97530", "M18.12"),  # the case: primary OA of first CMC joint, left hand
        ("97530", "M18.11"),  # the right hand's
        ("97110", "M18.0"),  # bilateral primary OA of first CMC joints
        ("97140", "M18.31"),  # post-traumatic OA of first CMC joint, right hand
        ("97530", "M15.1"),  # Heberden's nodes (with arthropathy)
        ("97110", "M15.0"),  # primary generalized (osteo)arthritis
        ("97530", "M19.041"),  # primary OA, right hand (already listed)
    ],
)
def test_osteoarthritis_of_any_joint_supports_therapy(cpt: str, code: str) -> None:
    assert status(record(cpt, reason=code), "CSU-005")["status"] == "met", code


@pytest.mark.parametrize(
    ("cpt", "code"),
    [
        ("97530", "M26.601"),  # TMJ disorder, right: the jaw's, not in the list
        ("97530", "M31.6"),  # giant cell arteritis: a vasculitis
        ("97110", "M86.171"),  # acute osteomyelitis, right ankle and foot
        ("97530", "E11.9"),  # type 2 diabetes
        ("97530", "Z96.1"),  # presence of intraocular lens
    ],
)
def test_other_chapter_13_and_non_therapy_diagnoses_stay_out(cpt: str, code: str) -> None:
    assert status(record(cpt, reason=code), "CSU-005")["status"] != "met", code
