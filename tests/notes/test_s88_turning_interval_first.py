"""The turning interval written before the turn is the hospital bed's positioning need.

LCD L33820 covers a bed for positioning an ordinary bed cannot give, the frequent changes in body
position among them. Notes write the interval after the turn ("repositioning q2h", read before)
or, as often, before it: "Needs q2h repositioning" at a stage 3 sacral pressure injury was read as
no need at all (blind wave 103, OE/bed-02), while the bed-plan target already read "q2h turns".
A denial, a plan kept for later, a relative's care, another interval than hours 1-4, or another
task done every two hours (vitals, suctioning) is none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _need(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 7, 2))])
    return any(f.concept == "positioning-need" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # the case's wording
        "HPI: 74F w/ MS wheelchair-bound, sacral stage 3 PI 3x2 cm. Needs q2h repositioning and "
        "HOB <30 except meals; rails to turn.",
        "Requires q2-3h turns for sacral wound offloading.",
        "C5 tetraplegia; q 2 hr position changes overnight by wife.",
        "Stage 4 coccyx ulcer: q2 hours repositioning in bed.",
    ],
)
def test_the_interval_before_the_turn_is_the_need(text: str) -> None:
    assert _need(text)


@pytest.mark.parametrize(
    "text",
    [
        "No need for q2h repositioning; turns herself in bed.",
        "Does not require q2h turns.",
        "If the wound worsens, will need q2h repositioning.",
        "Mother needed q2h turns in her last year.",
        "q6h turns for comfort.",
        "q2h vitals and q4h neuro checks.",
        "q2h suctioning for secretions.",
    ],
)
def test_near_misses_are_no_need(text: str) -> None:
    assert not _need(text)
