"""A branch on the study's result written with an arrow, "<result> -> <step>", is the plan an
imaging item asks for (AIM-004; blind wave 100, NS/aio-02): "If normal -> LP with opening
pressure, start acetazolamide for IIH. If VST -> anticoagulate." The condition ends at the
arrow: the step's "opening pressure" is no calendar's opening (other_conditions.py). An arrow
that tells a course is no branch: a value's ("pain 8 -> 3", "ROM ER 10->15") or the care's
("Aza -> 6-MP", "naproxen -> meloxicam"; course_arrows.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _branch(text: str) -> bool:
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 7, 27))]
    return any(
        f.concept == "decision-dependent" and f.asserted for f in find_findings(notes)
    )


CASE = (
    "A/P: papilledema + new HA - need MRI brain w/wo contrast and MRV to exclude mass/ venous "
    "sinus thrombosis before LP. If normal -> LP with opening pressure, start acetazolamide for "
    "IIH. If VST -> anticoagulate."
)


@pytest.mark.parametrize(
    "text",
    [
        CASE,
        "A/P: MRI brain w/wo. Normal -> LP and acetazolamide; VST -> anticoagulation.",
        "Plan: MRI brain + MRV. If MRI normal - LP with opening pressure.",
        "Plan: MRI brain. MRI neg \u2192 LP w/ opening pressure; thrombosis => heparin.",
    ],
)
def test_a_branch_on_the_result_is_the_plan(text: str) -> None:
    assert _branch(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pain 8 -> 3 after PT.",
        "HA 8/10 -> 3/10 on topiramate.",
        "PT progress note #8: ROM ER 10->15.",
        "Strength 4/5 -> 4+/5.",
        "Cr 1.2 -> 1.5.",
        "Hx: UC, Aza -> 6-MP 2024.",
        "Meds: naproxen -> meloxicam (GI upset).",
        "PT x 6 wks -> ESI 3/2025, no relief.",
    ],
)
def test_an_arrow_that_tells_a_course_is_no_branch(text: str) -> None:
    assert not _branch(text)


@pytest.mark.parametrize(
    "text",
    ["If HNP -> ESI.", "Thrombosis -> start heparin.", "If tear -> 6 wks PT.",
     "MRI: if mass -> neurosurgery; if normal -> naproxen."],
)  # fmt: skip
def test_a_finding_on_one_side_keeps_the_branch(text: str) -> None:
    assert _branch(text)
