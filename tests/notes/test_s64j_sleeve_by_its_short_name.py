"""The sleeve gastrectomy named by its short name in the surgeon's plan, found by blind wave 65
(IN/bar-03): "A/P: Class 3 obesity. Candidate for sleeve. ... Surgery 9/8 tentatively; post-op f/u
2 wk, 6 wk, 3/6/12 mo." plans the operation and its follow-up (BAR-007), yet "sleeve" alone was
no procedure: only "lap sleeve", "sleeve gastrectomy" or a code were. The bare word is the
operation when the plan takes it up (a candidate for it, proceeding with it, consented or
scheduled for it, dated); a knee's or an arm's compression sleeve, a sleeve had before, one the
patient is no candidate for, or the patient's wish for one in the history ("wants sleeve"), is
none. A candidacy stays as hedged as "candidate for lap sleeve" is: BAR-007 takes it with its
post-operative follow-up (tests/checklists/test_judgement_wave18_surgical_plan.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _plans(text: str) -> list[tuple[str, bool]]:
    notes = [NoteInput("DocumentReference/b1", text, dt.date(2026, 7, 21))]
    return [(f.text, f.asserted) for f in find_findings(notes) if f.concept == "bariatric-plan"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: Class 3 obesity. Candidate for sleeve. Psych eval scheduled 8/12.",
        "Plan: sleeve 9/8, post-op f/u 2 wk, 6 wk, 3/6/12 mo.",
        "Discussed sleeve vs RNY; pt wants the sleeve given her reflux is mild.",
        "A/P: proceed with sleeve once psych clearance is back.",
        "Sleeve surgery tentatively 9/8/26 with Dr. Rahimi.",
        "Consented for sleeve today, risks reviewed.",
        "Plan: RYGB or sleeve - pt to decide after support group.",
    ],
)
def test_the_sleeve_the_plan_takes_up_is_the_operation(text: str) -> None:
    found = _plans(text)
    assert any(asserted for _, asserted in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Plan: continue knee sleeve for support, quad sets.",
        "Recommend compression sleeve for lymphedema of the L arm.",
        "Plan: sleeve for the R knee during activity.",
        "PSH: s/p sleeve 2019, lap chole 2015.",
        "Not a candidate for sleeve given uncontrolled bipolar disorder.",
        "S: 31F wants sleeve. Weight gain since college.",
    ],
)
def test_a_brace_a_past_sleeve_or_a_sleeve_ruled_out_is_none(text: str) -> None:
    found = _plans(text)
    assert not any(asserted for _, asserted in found), found
