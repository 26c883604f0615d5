"""A walker tried and stopped within a short way, found by blind wave 37 (EI/wheelchair-02,
EI/wheelchair-03).

NCD 280.3 B asks why a cane or walker cannot resolve the mobility limitation. A mobility exam
often answers it tersely, by what happened when the member walked with the device: it stopped
within a few feet by desaturation, breathlessness, exhaustion or falls ("Walker: desats at
25 ft", "walking 10 ft with crutches, falls"). That is the device tried and the limitation left
standing; it was read as no statement at all. A result denied ("no desats", "no falls"), a
"falls risk", or a distance of 100 feet or more is not such a statement.
"""

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
        "Mobility exam: emphysema on 2L. Rollator: desaturates at 30 ft.",
        "Quad cane - SOB after 15 ft, must sit.",
        "Gait: ambulated 12 ft with her crutches, fell.",
        "Walked 20 feet w/ rolling walker then dyspneic, SpO2 84%.",
    ],
)
def test_a_device_stopped_within_a_short_way_does_not_resolve_the_limitation(text: str) -> None:
    assert _walker_fails(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Rollator: no desaturation at 30 ft.",
        "Ambulated 40 ft with walker, no falls.",
        "Walked 25 ft with cane, falls risk low per Morse.",
        "Walks 150 ft with rollator, fatigues.",
        "Walker since 2024, fell at home last year.",
    ],
)
def test_a_denied_result_a_long_distance_or_a_risk_score_is_not(text: str) -> None:
    assert not _walker_fails(text), text
