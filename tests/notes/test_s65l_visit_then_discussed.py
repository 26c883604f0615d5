"""A visit held and then a discussion is a visit held (brief s65-l): "Saw pt in person,
discussed next steps" read the visit as only talked about, ConText's backward "discussed"
reaching over the comma. A visit still to come, or one only discussed, stays to come.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/v1", text, dt.date(2026, 2, 24))])
    return any(
        f.concept == "in-person-visit" and f.asserted and not f.hypothetical for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Saw pt in person, discussed next steps.",
        "Pt seen in clinic, discussed options.",
        "Examined pt face to face; discussed CPAP.",
        "Pt was seen in person and we discussed PT.",
        "saw pt in-person 2/10, discussed plan of care w/ daughter",
        "Visited pt face-to-face, discussed home health needs.",
    ],
)
def test_a_visit_held_then_a_discussion_is_held(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Discussed seeing pt in person next month.",
        "Will see in person, discussed plan.",
        "To be seen in person next week, discussed.",
        "In-person visit discussed.",
        "Face-to-face visit discussed with daughter.",
    ],
)
def test_a_visit_only_talked_about_is_not(text: str) -> None:
    assert not _visit_held(text)
