""" "RW" is a rolling walker only as a device: written before a credential or role ("f/u with RW
(NP)", "discussed with RW, RN") or after a verb of meeting someone ("follow up with RW",
"spoke with RW") it is a colleague's initials, and what follows it is no walker that fails
(brief s65-i, the lead's class from s65-b). The walker that fails is still read: "falls even
with RW", "amb 30 ft w/ RW then must sit", "unsafe w/ RW (front-wheeled)".
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 2, 24))])
    return any(
        f.category == "clinical-notes" and f.concept == "cane-walker-insufficient" and f.asserted
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "f/u with RW (NP), unable to reach daughter",
        "Spoke with RW (RN) - pt cannot stand for the weigh-in today.",
        "Discussed with RW, NP: pt unable to attend Tuesday.",
        "Case reviewed w/ RW (PA-C); cannot schedule until March.",
        "Follow up with RW in 2 wks, unable to get labs today.",
        "Plan: f/u w/ RW (APRN) for BP, not able to come sooner.",
        "Seen by the team with RW (PT) who could not reach the family.",
    ],
)
def test_initials_before_a_credential_are_no_walker(text: str) -> None:
    assert not _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "falls even with RW",
        "amb 30 ft w/ RW then must sit",
        "Unsafe w/ RW (front-wheeled); knees buckle.",
        "Uses a RW (4 wheels) but unable to walk more than 10 ft.",
        "2 falls this month with her RW.",
        "Ambulates with RW, unable to go beyond 20 ft.",
    ],
)
def test_a_walker_that_fails_is_still_read(text: str) -> None:
    assert _walker_fails(text)
