"""A call that did not get through and a place left for the body's sake are no communication
deficit (brief s65-k, noticed by s65-d and s65-i: "unable to reach daughter by phone",
"stopped going to church - can't do the steps"). SLP-003 asks what the patient cannot say,
understand or hear in daily life; a caller's missed call and steps the patient cannot climb are
neither. A call the patient cannot make or answer, and church or meetings avoided for the talk,
still are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limit_told(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/c1", text, dt.date(2026, 3, 2))])
    return any(f.concept == "communication-limitation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Unable to reach daughter by phone.",
        "Called pt, unable to reach by phone; left VM.",
        "cannot reach son by phone, will retry tomorrow",
        "Unable to contact patient by phone x2.",
        "RN unable to get hold of wife on the phone.",
        "Unable to leave message, phone full.",
        "Stopped going to church - can't do the steps.",
        "stopped going to church d/t knee pain",
        "Avoids restaurants since the fall, afraid of the curb.",
        "No longer attends social gatherings, too SOB to walk from the car.",
    ],
)
def test_a_missed_call_or_a_place_left_for_the_body_is_no_deficit(text: str) -> None:
    assert not _limit_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unable to use the phone - callers cannot understand her.",
        "Cannot answer phone calls at work since the stroke.",
        "Avoids phone calls.",
        "avoiding church/social",
        "Stopped going to church, can't follow the sermon.",
        "no longer goes to restaurants because he can't order",
        "Stopped attending meetings d/t word-finding.",
    ],
)
def test_talk_or_a_place_left_for_the_talk_is_still_a_deficit(text: str) -> None:
    assert _limit_told(text)
