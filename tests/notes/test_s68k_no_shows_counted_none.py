"""A no-show count of none written after its word keeps the care (brief s68-k): "PT: 10 visits,
no-shows: 0" read the PT as denied by context.yaml's "no-shows" (its scope ran back over the PT;
"0 no-shows" was already cut short by its "0"). No-shows that happened still deny the care.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _had(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/k1", text, dt.date(2026, 3, 2))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("PT: 10 visits, no-shows: 0.", "physical-therapy"),
        ("PT: 10 visits, no-shows: none.", "physical-therapy"),
        ("PT 10 visits (no-shows 0).", "physical-therapy"),
        ("PT: 10 visits, no-shows x0.", "physical-therapy"),
        ("PT: 8 visits attended; no shows - none.", "physical-therapy"),
        ("PT 10 visits, cancellations: 0, no-shows: 0.", "physical-therapy"),
        ("Physical therapy 2/2026: 12 sessions, no-show: zero, HEP indep.", "physical-therapy"),
        ("PT: 10 visits, missed visits: 0.", "physical-therapy"),
        ("PT: 10 visits, cancellations 0.", "physical-therapy"),
        ("OT 6 sessions, no-shows = 0.", "occupational-therapy"),
    ],
)
def test_no_shows_counted_none_keep_the_care(text: str, concept: str) -> None:
    assert _had(text, concept)


@pytest.mark.parametrize(
    "text",
    [
        "PT: 10 visits scheduled, no-shows: 3.",
        "PT: no-show x2, discharged.",
        "PT eval 5/12 - no show.",
        "PT: no-showed 3/16, 3/19.",
        "PT: did not attend.",
    ],
)
def test_no_shows_had_still_deny_it(text: str) -> None:
    assert not _had(text, "physical-therapy")
