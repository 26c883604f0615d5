"""What brings pain on ("pain w/ repositioning") is a trigger only for its own clause: a later
clause with a verb of its own states its own finding (blind wave 64, IJ/hospital-bed-03: "Pain w/
repositioning, needs HOB elevation and frequent position change, pressure redness sacrum." lost
the head elevation the hospital bed is for, read as one more trigger of the pain). ConText's
"pain w/" reaches five tokens across the comma; a list of triggers after it ("pain with
standing, walking") is still a list of triggers, and "worse with standing" alone no limit.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/b1", text, dt.date(2026, 4, 9))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Pain w/ repositioning, needs HOB elevation and frequent position change, pressure "
        "redness sacrum.",
        "Pain with turning, needs HOB elevation.",
        "Pain w/ turning, needs head of bed elevated at night.",
        "pain w/ position changes, needs frequent repositioning",
        "Hurts w/ any movement, needs HOB elevation 30 deg for reflux.",
        "Pain with repositioning, HOB elevation needed.",
    ],
)
def test_a_need_in_its_own_clause_is_no_trigger_of_the_pain(text: str) -> None:
    assert _asserted(text, "positioning-need")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Pain worse with prolonged standing.", "standing-sitting"),
        # "Pain with prolonged standing, difficulty walking" states a limit of its own clause
        # (brief s67-d; its activity-limitation was already asserted): see test_s67d_limit_...
        ("Knee pain w/ stairs, prolonged standing.", "standing-sitting"),
        ("No need for HOB elevation, sleeps flat.", "positioning-need"),
    ],
)
def test_a_trigger_list_or_a_denied_need_still_is_not_a_finding(text: str, concept: str) -> None:
    assert not _asserted(text, concept)
