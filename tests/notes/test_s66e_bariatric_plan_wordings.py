"""The bariatric plan as surgeons write it tersely, found by blind waves 68-69: "Post op:
bariatric clinic 2 wk, 6 wk, 3 mo" (IX/bariatric-01) spells post-op with a space, and "Sleeve
planned 8/25, f/u 1 wk/1/3/6/12 mo" (IZ/bar-03) puts the plan word after the bare "sleeve".
Either was missed, so BAR-007 called a laid-out operation and its follow-up missing. A knee
sleeve, a sleeve had before, post-op pain or diet, and a sleeve ruled out stay none."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _found(text: str, concept: str) -> list[tuple[str, bool]]:
    notes = [NoteInput("DocumentReference/b1", text, dt.date(2026, 7, 21))]
    return [(f.text, f.asserted) for f in find_findings(notes) if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "Post op: bariatric clinic 2 wk, 6 wk, 3 mo, 6 mo, 1 yr; lifelong MVI/B12/Ca.",
        "Post op f/u 1 wk, 1, 3, 6, 12 mo.",
        "post op visits at 2 wk and 6 wk with the bariatric team.",
        "Post operative follow up 1 wk/1 mo/3 mo in bariatric clinic.",
        "Post-op: clinic 2 wk, 6 wk.",
    ],
)
def test_post_op_follow_up_spelled_with_a_space(text: str) -> None:
    assert any(asserted for _, asserted in _found(text, "post-op-follow-up")), text


@pytest.mark.parametrize(
    "text",
    ["Post op pain control with acetaminophen.", "Post op diet: clear liquids x 2 wk."],
)
def test_post_op_pain_or_diet_is_no_follow_up(text: str) -> None:
    assert not _found(text, "post-op-follow-up"), text


@pytest.mark.parametrize(
    "text",
    [
        "Sleeve planned 8/25, f/u 1 wk/1/3/6/12 mo.",
        "A/P: sleeve scheduled 9/14 with Dr. Ames.",
        "Plan - sleeve booked for 10/2.",
        "Pt agrees; sleeve planned after RD clearance.",
    ],
)
def test_the_sleeve_with_its_plan_word_after_it(text: str) -> None:
    assert any(asserted for _, asserted in _found(text, "bariatric-plan")), text


@pytest.mark.parametrize(
    "text",
    [
        "Knee sleeve planned for basketball season.",
        "Compression sleeve scheduled for fitting, L arm lymphedema.",
        "Sleeve not planned given uncontrolled bipolar disorder.",
        "PSH: sleeve 2019.",
    ],
)
def test_a_brace_or_a_sleeve_ruled_out_stays_none(text: str) -> None:
    assert not any(asserted for _, asserted in _found(text, "bariatric-plan")), text
