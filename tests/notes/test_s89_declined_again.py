"""Care reconsidered, offered again or discussed again and declined again was not had.

Blind wave 104, OI/hya-02: "Reconsidered steroid injection - again declined." met HYA-003 (a
failed intra-articular steroid injection) though the patient had declined it twice; the
reviewer: "No intra-articular corticosteroid ever given". A refusal with a word of repetition
("again declined", "declined again", "still declines", "pt again refuses", "declined x2")
is a refusal; injections had before a further one is declined, a decrease in function, and a
refusal of other care still leave the injection (smartapp/notes/declined_again.py).
"""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated


@pytest.mark.parametrize(
    "text",
    [
        "Reconsidered steroid injection - again declined.",
        "Reconsidered steroid injection - declined again.",
        "Reconsidered steroid injection - once again declined",
        "Reconsidered steroid injection but declined again.",
        "CSI re-offered - pt again refuses.",
        "Revisited CSI - pt again declines.",
        "Pt again refuses CSI.",
        "Pt refuses CSI.",
        "Steroid injection discussed again, still declines.",
        "Steroid injection: still declining.",
        "Steroid injection - declined x2.",
        "Steroid injection declined twice.",
        "Steroid injection offered twice, declined both times.",
        "Cortisone shot: reoffered, declined again.",
        "Steroid injection re-offered; declined.",
        "Steroid inj (reconsidered) - still refusing",
        "Kenalog inj reconsidered - declines again",
    ],
)
def test_an_injection_declined_again_is_not_had(text: str) -> None:
    assert not _stated(text, "corticosteroid-injection")


@pytest.mark.parametrize(
    "text",
    [
        "Declined PT but had steroid injection 3/2026.",
        "Had CSI x2, declines third.",
        "Had CSI x2, declined again.",
        "Steroid injection 3/2026 with 2 wks relief; declines repeat.",
        "CSI 2/2026 helped briefly, again declined surgery.",
        "CSI 2/2026 helped briefly; PT re-offered, again declined.",
        "Kenalog inj L knee 2/2026 - relief 3 wks. Declined PT again.",
        "R knee cortisone inj 2024 given, offered repeat today - declines.",
    ],
)
def test_an_injection_had_before_another_refusal_still_counts(text: str) -> None:
    assert _stated(text, "corticosteroid-injection")


def test_the_refusal_reads_forward_when_words_follow_it() -> None:
    assert not _stated("Pt again declined TKA, wants more injections.", "knee-replacement-plan")
    assert not _stated("Plan: R TKA. Pt declined PT again.", "physical-therapy")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Walking tolerance has declined again.", "walking-limitation"),
        ("ADLs declined again since last visit, needs help bathing.", "adl-limitation"),
        ("Completed PT 6 wks, walking declined again.", "physical-therapy"),
        ("PT helped, then function declined again.", "physical-therapy"),
    ],
)
def test_a_decrease_said_again_is_no_refusal(text: str, concept: str) -> None:
    assert _stated(text, concept)
