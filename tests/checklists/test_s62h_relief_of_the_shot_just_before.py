"""A repeat spinal injection's prior relief belongs to the injection named just before it, across
a line or sentence break (IPN-009; LCD L39240: 50% for 3 months after the prior epidural). "R knee
CSI 3/2026." with "~60% relief x 6 wks" on the next line is the knee's (joint_injections.py), and
"s/p TFESI 9/16. ~70% x 4 mo." is the epidural's: a bare percentage leading its sentence tells
the response to the injection in the sentence before (relief.py)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_SPINE = "LBP with L leg pain. S/p L4-5 TFESI 9/4/25.\n"


def _repeat(told: str, before: str = _SPINE) -> str:
    note = _note("n1", "2026-02-16", f"{before}{told}\nPlan: repeat L4-5 TFESI.")
    return status(record("64483", note, reason="M54.16"), "IPN-009")["status"]


@pytest.mark.parametrize(
    "told",
    [
        "R knee CSI 10/1/25.\n~80% relief x 4 mos.",
        "R knee CSI 10/2025\n80% relief for 4 months",
        "L hip IA steroid injection 10/1/25.\nGave ~75% relief x 16 wks.",
        "Kenalog 40 mg into L shoulder 10/1.\n70% relief lasting 4 mo.",
        "Synvisc R knee 10/1/25.\nPt reports 80% relief x 4 months.",
        "R knee CSI 10/1/25.\n~80% x 4 mo.",
        "R knee CSI 10/1/25. ~80% x 4 mo.",
    ],
)
def test_a_joint_shots_relief_on_the_next_line_is_the_joints(told: str) -> None:
    assert _repeat(told) != "met", told


@pytest.mark.parametrize(
    "told",
    [
        "s/p TFESI 9/4/25. ~70% x 4 mo.",
        "s/p L TFESI L4-5 on 9/4/25. ~70% x 4 mo. Pain now back to 8/10.",
        "L4-5 TFESI 9/4/25.\n~70% x 4 months",
        "Prior TFESI 9/4/25.\n>50% relief for ~4 months.",
        "L4-5 TFESI 9/4/25 -\n70% relief, lasted 4 months",
        "R knee CSI 10/1 did not help. s/p L4-5 TFESI 9/4/25. ~70% x 4 mo.",
        "R knee CSI 10/1/25 - no help.\nL4-5 TFESI 9/4/25.\n~70% relief x 4 mo.",
    ],
)
def test_a_spinal_injections_relief_in_the_next_sentence_counts(told: str) -> None:
    assert _repeat(told, before="LBP with L leg pain.\n") == "met", told


@pytest.mark.parametrize(
    "told",
    [
        "s/p TFESI 9/4/25. Meloxicam 70% x 4 mo.",
        "s/p TFESI 9/4/25. PT 70% x 4 mo.",
        "s/p TFESI 9/4/25. ~70% x 4 wks.",
        "s/p TFESI 9/4/25.\nR knee CSI 10/1/25.\n~70% x 4 mo.",
        "Meloxicam daily. ~70% x 4 mo.",
    ],
)
def test_another_subjects_percentage_is_not_the_epidurals(told: str) -> None:
    assert _repeat(told, before="LBP with L leg pain.\n") != "met", told
