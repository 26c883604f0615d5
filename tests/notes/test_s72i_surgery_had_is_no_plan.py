"""A surgery the note tells as had is no surgical plan (brief s72-i; surgeries_had.py).

"s/p R TSA", "hx R THA", "PSH: R TKA", "POD #2 L THA" named the replacement, and the name was
read as the plan TSA-005 / THA-005 / TKA-005 ask for: only a date a month before the note made
it the past. The near misses stay plans: the deed done said of other care ("s/p failed PT, plan
R TKA"), a plan beside a surgery had ("L TKA 2023, now R TKA planned"), care to be done before it
("optimize A1c prior to R TKA").
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

DAY = date(2026, 3, 2)
_SURGERIES = {
    "knee-replacement-plan", "hip-replacement-plan", "shoulder-replacement-plan",
    "arthroscopy-plan", "surgery-plan", "bariatric-plan",
}  # fmt: skip


def _planned(text: str) -> set[str]:
    """The sides (or "none") of the surgical plans ``text`` asserts."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    out = set()
    for f in found:
        if f.concept in _SURGERIES and f.asserted:
            sides = {r.split(":")[1] for r in f.regions if ":" in r}
            out |= sides or {"none"}
    return out


@pytest.mark.parametrize(
    "text",
    [
        "s/p R TSA",
        "HPI: L shoulder pain. s/p TSA, doing well.",
        "S/P right reverse total shoulder arthroplasty with excellent result.",
        "Status post R TKA.",
        "status-post rt THA; now other hip pain",
        "stat post Rt total hip arthroplasty",
        "s\\p R TKA",
        "hx R THA",
        "h/o R TKA, no complications",
        "History of right total knee arthroplasty.",
        "PSH: R TKA, lap chole",
        "Past surgical history: R THA",
        "POD #3 R TKA, incision clean and dry.",
        "POD2 s/p R THA, ambulating with walker.",
        "Post-op R TKA, wound healing.",
        "6 wks post-op R THA, doing PT.",
        "R TKA POD #1, pain controlled.",
        "Prior R TKA (Dr. Moss), did well.",
        "Underwent R TKA, recovered well.",
        "Pt had a R TSA and did well.",
        "R TKA done 2/10/26.",
        "R TKA 3 yrs ago, doing well.",
        "s/p R TKA, R THA",
        "s/p R knee scope",
        "s/p L4-5 fusion",
        "s/p lap band",
    ],
)
def test_a_surgery_told_as_had_is_no_plan(text: str) -> None:
    assert not _planned(text)


@pytest.mark.parametrize(
    "text, side",
    [
        ("Plan R TSA", "right"),
        ("A/P: R knee OA. Scheduled for R TKA 3/10.", "right"),
        ("s/p failed PT, plan R TKA", "right"),
        ("L TKA 2023, now R TKA planned", "right"),
        ("s/p L TKA 2019 doing well; plan R TKA 4/2026", "right"),
        ("Hx R knee OA, failed PT/CSI; plan R TKA", "right"),
        ("Optimize A1c prior to R TKA.", "right"),
        ("R TKA to be done 3/10.", "right"),
        ("s/p R knee scope 2020, proceed with R TKA", "right"),
        ("Post-op plan after R TKA: PT 2x/wk.", "right"),
        ("s/p pre-op clearance; proceed with R THA 3/20", "right"),
        ("hx of falls; plan R THA", "right"),
        ("PMH: R hip OA, scheduled for R THA 3/20", "right"),
    ],
)
def test_a_plan_beside_words_of_the_past_stays_a_plan(text: str, side: str) -> None:
    assert side in _planned(text)
