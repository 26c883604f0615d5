"""Night pain given only as a pain rating ("night pain 6/10") in a note that rates the function
well is how much it hurts, not what it keeps the patient from: no functional deficit (blind wave
108, OU/tsa-02: "aching, night pain 6/10" beside the template "Functional status: Independent
with ADLs" and "ASES score: ***" met TSA-003, a false met). The template line and the unfilled
score are no limitation either. A rating that wakes the patient, a note of real limits or a filled
score still counts, and a sleep limit beside the rating is read as its own concept."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 8, 11)
#: TSA-003's note concepts (caresource-surgery-shoulder-arthroplasty.yaml).
_DEFICITS = {
    "adl-limitation",
    "reaching-limitation",
    "lifting-limitation",
    "sleep-disturbance",
    "night-pain",
    "work-limitation",
    "functional-score",
    "activity-limitation",
}

_CASE = (
    "Epic Template - Shoulder Follow Up 8/11/26\n"
    "HPI: L shoulder pain, worse over the past year, aching, night pain 6/10. Failed PT (fall "
    "2025, 8 wks), CSI x2 (last 5/2026), naproxen since 2024.\n"
    "Functional status: Independent with ADLs. Ambulates without assistive device.\n"
    "ASES score: ***\n"
    "ROS: all other systems negative.\n"
    "Exam: L shoulder FF 100, ER 10, crepitus, cuff strength 5/5. BMI 27.3.\n"
    "Plan: L anatomic TSA. Expect pain relief and improved ROM."
)


def _deficits(text: str) -> set[str]:
    """The positive, asserted functional-deficit concepts TSA-003 reads in ``text``."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return {
        f.concept
        for f in found
        if f.category == "functional-deficits"
        and f.concept in _DEFICITS
        and not f.negated
        and not f.normal
        and not f.hypothetical
    }


@pytest.mark.parametrize(
    "text",
    [
        _CASE,
        "R shoulder pain, night pain 7/10. No problem w/ ADLs.",
        "L shoulder: night pain (5/10). ADLs: independent.",
        "R shoulder OA: night pain: 8 out of 10. Functional status: independent.",
        "L shoulder ache, night pain 6/10. Functional status: independent. QuickDASH: ***",
    ],
)
def test_rated_night_pain_beside_good_function_is_no_limit(text: str) -> None:
    assert not _deficits(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # the rating wakes him, or comes most nights
        ("R shoulder: night pain 6/10, wakes him nightly. ADLs: independent.", "night-pain"),
        ("R shoulder night pain 6/10 most nights. ADLs independent.", "night-pain"),
        # a note of real limits, written or scored
        (
            "R shoulder: night pain 6/10. Cannot reach overhead, needs help dressing.",
            "reaching-limitation",
        ),
        ("L shoulder night pain 6/10. QuickDASH 61.", "functional-score"),
        ("R shoulder night pain 6/10. ASES 32.", "functional-score"),
        # a sleep limit beside the rating is its own concept
        (
            "R shoulder night pain 6/10, unable to sleep on that side. ADLs independent.",
            "sleep-disturbance",
        ),
        # no good rating of function: night pain as written
        ("L shoulder: night pain 6/10.", "night-pain"),
    ],
)
def test_rated_night_pain_with_a_limit_still_counts(text: str, concept: str) -> None:
    assert concept in _deficits(text)
