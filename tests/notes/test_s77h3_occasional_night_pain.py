"""Night pain said to come only at times, in a note that rates the function well, is no
functional deficit (brief s77-h3; blind wave 92, MO/surgery-shoulder-arthroplasty-03: "night pain
occasionally" beside "No problem w/ ADLs" and "QuickDASH 11" met TSA-003). Night pain that wakes
the patient often, or any night pain in a note of real limits, still counts. Slight night pain
("mild", "some") is read the same way since brief s78-night (test_s78n_mild_night_pain.py)."""

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
        # a severity more than slight (slight night pain: test_s78n_mild_night_pain.py)
        "R shoulder: moderate night pain. ADLs: independent.",
    ],
)
def test_night_pain_often_or_in_a_limited_note_still_counts(text: str) -> None:
    assert _night_pain_counts(text)
