"""A walker that stops the walk by a symptom, or that the member fell with, found by blind wave 42
(FB/wheelchair-03, FD/wc-03).

NCD 280.3 B asks why a cane or walker cannot resolve the mobility limitation. A mobility exam
answers it by what happened with the device: a few feet walked with it, then a symptom the device
cannot help ends the walk ("Walks 10 ft w/ walker then leg numbness/chest tightness"), or a fall
with the device dated after it ("household only w/ rollator + CGA, fell 8/30"). Both were read as
no statement. A walk whose symptom is only rated (no stop said), a symptom denied, a fall the
walker came after, and a fall denied are not such statements.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 6, 1))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Gait: 25 ft with rolling walker then calf cramping, has to sit.",
        "PVD, claudication. Ambulates 40 feet w/ a rollator until leg pain stops her.",
        "Walked 12 ft using his cane before dizziness, BP 88/50 standing.",
        "Mobility: in the apartment only with 4-wheeled walker and standby help, fell 5/12.",
        "Rolling walker at home - fell twice this spring.",
        "Uses quad cane, fell 3 days ago in kitchen.",
    ],
)
def test_a_walk_the_device_cannot_carry_is_a_reason(text: str) -> None:
    assert _walker_fails(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Walks 40 ft with walker, knee pain 3/10.",
        "Walked 30 ft with rollator then rested, no pain or dizziness.",
        "Got a walker after she fell 3/2024; steady with it since.",
        "Walker since he fell in 2024, no falls with it.",
        "Uses rollator; has not fell since April.",
        "Walks safely with walker 150 ft, then sits to rest.",
    ],
)
def test_a_rated_symptom_a_denial_or_an_earlier_fall_is_not(text: str) -> None:
    assert not _walker_fails(text), text
