"""The visit that began a trial of care, its order told in other words (LMRI-004's follow_up
``begun``, counted_findings._ORDERED): "PT referral placed", "Told to try ibuprofen prn", "Rx
sent for meloxicam", "advised to take naproxen" make the later visit's exam a follow-up (blind
wave 57, HH/lumbar-mri-02). A refused, conditional or past order begins nothing."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_EXAM = "Exam: lumbar paraspinal TTP, SLR neg bilat, strength 5/5, DTRs 2+ symm."


def _lmri_004(first: str) -> str:
    # The follow-up says the drug was hardly taken, so no trial is dated: only the first
    # visit's order makes its exam a follow-up.
    drug = next(d for d in ("ibuprofen", "naproxen", "meloxicam", "cyclobenzaprine")
                if d in first)  # fmt: skip
    later = f"LBP f/u, no better. Hasn't really taken the {drug}.\n{_EXAM}\nA/P: MRI L-spine."
    notes = [_note("n0", "2026-01-05", f"LBP x 2 wks, no radiation. {first}"),
             _note("n1", "2026-02-20", later)]  # fmt: skip
    return status(record("72148", *notes, reason="M54.50"), "LMRI-004")["status"]


@pytest.mark.parametrize(
    "first",
    [
        "Told to try ibuprofen prn.",
        "Advised to take naproxen 500 bid with food.",
        "Pt encouraged to use ibuprofen 600 tid x 2 wks.",
        "Rx sent for meloxicam 15 mg daily.",
        "Prescription given for cyclobenzaprine 5 mg qhs.",
    ],
)
def test_an_order_told_in_other_words_began_care(first: str) -> None:
    assert _lmri_004(first) == "met", first


@pytest.mark.parametrize(
    "first",
    [
        "Declined ibuprofen.",
        "Was told to try ibuprofen by urgent care in 2019.",
    ],
)
def test_a_refused_or_past_order_began_nothing(first: str) -> None:
    assert _lmri_004(first) != "met", first
