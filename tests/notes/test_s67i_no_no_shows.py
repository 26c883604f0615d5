"""A count of no no-shows keeps the visits (brief s67-i, the lead's false alarm noticed by
s67-c: "PT discharge: 12 visits attended, 0 no-shows" read the PT as denied by its "no-shows").
No-shows that happened still deny it (cues.NO_SHOW).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _had(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/k1", text, dt.date(2026, 3, 2))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "PT discharge: 12 visits attended, 0 no-shows.",
        "PT discharge summary: attended 12 of 12 visits, no missed visits.",
        "PT 8 visits, zero no-shows, goals met.",
        "Physical therapy d/c 2/20: 10 sessions, 0 no shows, HEP indep.",
        "PT: 6 visits completed, no no-shows.",
    ],
)
def test_no_no_shows_keep_the_therapy(text: str) -> None:
    assert _had(text, "physical-therapy")


@pytest.mark.parametrize(
    "text",
    ["PT: no-showed 3/16, 3/19.", "PT - pt did not attend.", "Refused PT."],
)
def test_no_shows_had_still_deny_it(text: str) -> None:
    assert not _had(text, "physical-therapy")
