"""Night pain said to come only at times ("occasionally", "at times") or to be slight ("mild",
"some", "minimal"), in a note that rates the function well, is no functional deficit (brief
s77-h3; blind wave 92, MO/surgery-shoulder-arthroplasty-03: "night pain occasionally" beside "No
problem w/ ADLs" and "QuickDASH 11" met TSA-003; brief s78-night after stop 58: "mild night pain.
ADLs: independent." still counted). Good function also reads as full work ("works full duty")
and sports kept up ("still golfing 9 holes weekly"), and "no ADL limits". Night pain that is
more than slight, that wakes the patient often, or that stands in a note of real limits (or
whose work or sport is given up or only a goal) still counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 10, 15)


def _night_pain_counts(text: str) -> bool:
    """Whether ``text`` holds a positive, asserted night-pain finding."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return any(
        f.concept == "night-pain" and not f.negated and not f.normal and not f.hypothetical
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        'S: R shoulder ache x 2 yrs, night pain occasionally. "No problem w/ ADLs". QuickDASH 11.',
        "R shoulder pain, occasional night pain. No difficulty with ADLs.",
        "L shoulder OA. Night pain at times. ADLs: independent.",
        "R shoulder: intermittent night pain. QuickDASH 9. Works full duty.",
        "Shoulder ache, night pain rarely. Functional status: independent.",
        "R shoulder OA; night pain a few nights a month. No functional limitations.",
        "L shoulder pain with sporadic night pain. ASES 88.",
    ],
)
def test_occasional_night_pain_beside_good_function_is_no_limit(text: str) -> None:
    assert not _night_pain_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # no frequency: night pain as written
        "R shoulder OA, night pain. ADLs independent.",
        # often, not at times
        "R shoulder: night pain wakes him nightly. No problem w/ ADLs.",
        "L shoulder night pain most nights, occasionally sleeps in recliner. ADLs: independent.",
        # occasional, but the note rates function poorly
        "R shoulder pain, occasional night pain. QuickDASH 62, can't reach overhead.",
        "L shoulder: night pain occasionally. Needs help dressing.",
        # a severity more than slight (slight night pain: the tests below)
        "R shoulder: moderate night pain. ADLs: independent.",
    ],
)
def test_night_pain_often_or_in_a_limited_note_still_counts(text: str) -> None:
    assert _night_pain_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "R shoulder: mild night pain. ADLs: independent.",
        "L shoulder OA, some night pain. No problem w/ ADLs.",
        "R shoulder ache with slight night pain. QuickDASH 9.",
        "L shoulder: minimal night pain. Functional status: independent.",
        "R shoulder pain, mild intermittent night pain. No ADL limitations.",
        "R shoulder OA. Night pain, mild. Works full duty as an electrician.",
        "L shoulder: night pain (mild). Still golfing 9 holes weekly, no ADL limits.",
        "R shoulder: night pain some nights. Plays tennis 2x/wk.",
        "L shoulder: some mild night pain. Independent ADLs/IADLs.",
        "R shoulder: night pain is mild. No functional limitations.",
    ],
)
def test_slight_night_pain_beside_good_function_is_no_limit(text: str) -> None:
    assert not _night_pain_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # more than slight
        "R shoulder: moderate night pain. ADLs: independent.",
        "R shoulder: mild to moderate night pain. ADLs: independent.",
        "L shoulder: severe night pain. Works full duty.",
        # slight, but often and waking
        "R shoulder: mild night pain that wakes him nightly. No problem w/ ADLs.",
        # slight, in a note with no good rating of function
        "R shoulder: mild night pain.",
        "L shoulder: some night pain. Needs help dressing, can't reach overhead.",
        # work or sport given up, or only a goal, rates no function well
        "R shoulder: mild night pain. Not released to full duty.",
        "R shoulder: mild night pain. Goal: return to full duty.",
        "L shoulder: some night pain. Stopped golfing, can't reach overhead shelves.",
        "R shoulder: mild night pain. Unable to work full duty.",
        "R shoulder: mild night pain. Worked full duty until March, now light duty.",
        # a severity or a frequency of something else beside the night pain
        "R shoulder: mild OA on XR, night pain. ADLs: independent.",
        "R shoulder: night pain, mild OA on XR. ADLs: independent.",
        "R shoulder: night pain, occasionally uses ice. ADLs: independent.",
    ],
)
def test_night_pain_more_than_slight_or_in_a_limited_note_still_counts(text: str) -> None:
    assert _night_pain_counts(text)
