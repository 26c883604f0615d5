"""A refusal reaches the care it was said of: not a decision made since, nor care named before
the care it declined (refusal_reach.py; noticed at stop 70, brief s71-g).

"Declined surgery in 2024, now ready: plan L TSA" read the plan made today as declined, and
"Plan L TKA 3/10, prehab PT offered, pt declined." the knee replacement, not the prehab.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/n9", text, date(2026, 2, 20))])
    return [f.asserted for f in found if f.concept == concept]


def _planned(text: str, concept: str) -> bool:
    """Whether the last mention of ``concept`` (the plan made today) stands."""
    found = _found(text, concept)
    return bool(found) and found[-1]


@pytest.mark.parametrize(
    ("said", "concept"),
    [
        ("Declined surgery in 2024, now ready: plan L TSA.", "shoulder-replacement-plan"),
        ("Initially refused surgery, now agreeable to R TKA.", "knee-replacement-plan"),
        ("Pt declined TKA last yr but now elects to proceed with L TKA.", "knee-replacement-plan"),
        ("Refused THA in 2023, pain worse, now wants to proceed with L THA.",
         "hip-replacement-plan"),
        ("pt declined surgery at last visit, has reconsidered and wishes to proceed w/ R TKA",
         "knee-replacement-plan"),
        ("Declined surgical referral 2024 - today ready for L rTSA, scheduled 3/10.",
         "shoulder-replacement-plan"),
        ("Previously refused arthroplasty, since then wants L THA.", "hip-replacement-plan"),
        ("declind TKA before, changed her mind, plan R TKA 3/12", "knee-replacement-plan"),
        ("Hx declining surgery, now requests L reverse TSA.",
         "shoulder-replacement-plan"),
    ],
)  # fmt: skip
def test_a_decision_made_since_an_earlier_refusal_is_the_plan(said: str, concept: str) -> None:
    assert _planned(said, concept)


@pytest.mark.parametrize(
    ("said", "concept"),
    [
        ("Plan L TSA discussed; pt declines surgery at this time.", "shoulder-replacement-plan"),
        ("declined TKA", "knee-replacement-plan"),
        ("Declined surgery in 2024, now declines L TSA again.", "shoulder-replacement-plan"),
        ("Declined surgery in 2024, now still not ready for TKA.", "knee-replacement-plan"),
        ("Refused THA last year, now wants to avoid surgery, THA deferred.",
         "hip-replacement-plan"),
        ("Pt declines surgery now, wants to try PT first before TKA.", "knee-replacement-plan"),
        ("Declined TKA today.", "knee-replacement-plan"),
        ("Declined surgery in 2024, now considering TSA.", "shoulder-replacement-plan"),
    ],
)  # fmt: skip
def test_a_refusal_still_standing_declines_the_plan(said: str, concept: str) -> None:
    assert not _planned(said, concept)


@pytest.mark.parametrize(
    ("said", "concept"),
    [
        ("Plan L TKA 3/10, prehab PT offered, pt declined.", "knee-replacement-plan"),
        ("Plan R THA 4/2, CSI offered, pt refused.", "hip-replacement-plan"),
        ("L TSA scheduled 3/10, sling class offered, pt declined. ", "shoulder-replacement-plan"),
        ("R TKA discussed and booked, PT offered - declined.", "knee-replacement-plan"),
        ("Naproxen 500 BID x 8 wks, PT offered, pt declined.", "nsaid"),
        ("Meloxicam 15 mg daily since 10/2025, cortisone injection offered (declined).",
         "nsaid"),
        ("Completed PT 12 visits 11/2025, cortisone shot offered - patient refuses.",
         "physical-therapy"),
        ("Proceed with L TKA on 3/10; preop PT offered, pt declined.", "knee-replacement-plan"),
    ],
)  # fmt: skip
def test_a_refusal_after_other_care_is_that_cares(said: str, concept: str) -> None:
    assert _planned(said, concept)


@pytest.mark.parametrize(
    ("said", "concept"),
    [
        # A list offered and declined together.
        ("CSI, PT offered - declined.", "corticosteroid-injection"),
        ("CSI and PT offered, pt declined.", "corticosteroid-injection"),
        ("TKA and prehab PT offered, pt declined.", "knee-replacement-plan"),
        # The refusal is the surgery's own, no care between.
        ("L TKA discussed, pt declined.", "knee-replacement-plan"),
        ("Offered PT; R TKA discussed, pt declined.", "knee-replacement-plan"),
    ],
)
def test_a_refusal_of_a_list_or_of_the_care_itself_stands(said: str, concept: str) -> None:
    assert not _planned(said, concept)
