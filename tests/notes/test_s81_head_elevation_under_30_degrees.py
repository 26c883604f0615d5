"""A head elevation stated under 30 degrees is no positioning need (brief s81-near).

NCD 280.7 asks for the head raised 30 degrees or more; the phrases "head elevated" and "HOB
elevated" counted whatever degrees followed, so "Head elevated 20-30°" was read as the need
(elevation_degrees.py). An elevation with no degrees, or with 30 or more, stays the need.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _need(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 10, 12))])
    return any(f.asserted for f in found if f.concept == "positioning-need")


@pytest.mark.parametrize(
    "text",
    [
        "Head elevated 20-30°.",
        "HOB elevated 20 degrees.",
        "HOB elevated 15°.",
        "Head of bed elevated to 20 degrees.",
        "Head elevated to ~15° only.",
        "20° head elevation at night.",
        "Keep head of bed elevation 10-20 deg.",
    ],
)
def test_an_elevation_under_30_degrees_is_no_need(text: str) -> None:
    assert not _need(text)


@pytest.mark.parametrize(
    "text",
    [
        "HOB elevated.",
        "Head elevated 30-45°.",
        "HOB elevated 30 deg at night.",
        "HOB elevated 45°.",
        "Needs head elevated >= 30 degrees for orthopnea.",
        "Head of bed elevation 30-45 degrees at all times.",
        "Head elevated on 2 pillows, still short of breath lying flat.",
    ],
)
def test_an_elevation_of_30_or_more_or_undegreed_stays_the_need(text: str) -> None:
    assert _need(text)
