"""A walk with a cane or walker stopped within a few feet by a saturation written as its value
(blind wave 62, IA/dme-wheelchair-03: "Walks 15 ft with rollator then SpO2 84%"): the walker is
tried and the hypoxemia that limits walking stands (NCD 280.3 B). The desaturation was read only
as a verb ("desats", "SpO2 drops to 85%"); a bare reading after the walk went unread. Only a value
below 89% (NCD 240.2's hypoxemia), and not one measured at rest, one denied, or a long walk."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 5, 1))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Walks 15 ft with rollator then SpO2 84%.",
        "Ambulated 20 ft w/ rolling walker -> SpO2 86% on 3L, had to sit.",
        "walks 10 feet using her walker before sats 82%",
        "Gait: 25 ft with rolling walker, SpO2 83% on 2L NC.",
        "Rollator: SpO2 85% after 20 ft.",
        "walker - O2 sat 80% at 15 ft",
        "Pt walked 12 ft w/ cane then spo2 of 87 %",
        "30 ft with rollator until SpO2 84%, then sat.",
    ],
)
def test_a_walk_with_the_device_ended_by_a_low_saturation(text: str) -> None:
    assert _walker_fails(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Walks 15 ft with rollator then SpO2 94%.",
        "Walks 20 ft with rollator, resting SpO2 86% on RA.",
        "Walks 150 ft with rollator then SpO2 84%.",
        "Rollator: no desat, SpO2 92% at 40 ft.",
        "Walks 20 ft with walker. SpO2 85% at rest.",
    ],
)
def test_a_normal_resting_or_long_walk_reading_is_not(text: str) -> None:
    assert not _walker_fails(text), text
