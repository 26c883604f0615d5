"""An inability earlier in the clause is the limit a device does not overcome (brief s64-c; blind
wave 62, IE/dme-wheelchair-03: "Wife reports he can no longer walk more than a few steps even
with rollator" read as denied by its "no longer"). What the patient "can no longer" or is "not
able to" do, "even with" or "despite" the walker, is the walker's insufficiency (NCD 280.3 B),
as "cannot walk ... even with rollator" already was. A plain denial still denies: "no falls even
with rollator" and "no longer falls with walker" say the walker works.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 3, 24))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Wife reports he can no longer walk more than a few steps even with rollator.",
        "Can no longer walk to the mailbox even with his rollator.",
        "Not able to walk household distances despite rollator.",
        "pt no longer able to ambulate >10 ft even w/ walker",
        "Per daughter, she is not able to get to the bathroom even with the walker.",
        "S: husband states she could no longer make it to the kitchen even with her cane.",
        "Gait: not able to amb more than 15 feet in spite of rolling walker, LE 3/5.",
        "Cant walk in home anymore even with a walker.",
    ],
)
def test_an_inability_before_the_device_is_its_insufficiency(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "No falls even with rollator on uneven ground.",
        "Pt no longer falls with walker since PT.",
        "Denies difficulty walking even with rollator.",
        "Mother could no longer walk even with her walker before she died.",
        "Not able to walk far; rollator works well, no falls.",
    ],
)
def test_a_denial_or_anothers_limit_is_not(text: str) -> None:
    assert not _walker_fails(text)
