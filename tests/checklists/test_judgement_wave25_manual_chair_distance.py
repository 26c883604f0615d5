"""A manual chair named as the chair, stopped after a short way by pain or fatigue (blind wave
27, CT/whc-02): "Manual WC trial: fatigues after 20 ft, R shoulder pain", "Manual chair: 30 ft
in 2 min with shoulder pain 6/10". Wave 21 read the distance only after a word for propelling
("propel only ~40 ft before 8/10 shoulder pain"); the chair itself names it as often.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "Manual WC trial: fatigues after 20 ft, R shoulder pain from rotator cuff tear.",
        "Manual chair: 30 ft in 2 min with shoulder pain 6/10.",
        "Manual w/c 25 feet before UE fatigue.",
        "MWC trial - tires after 15 ft.",
    ],
)
def test_a_manual_chair_stopped_after_a_short_way(text: str) -> None:
    assert _asserted(text, "manual-chair-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Manual chair: 150 ft independently, no pain.",
        "Manual WC 200 ft with supervision.",
        "Manual wheelchair 40 ft with good technique.",
    ],
)
def test_a_manual_chair_pushed_well_is_no_failure(text: str) -> None:
    assert not _asserted(text, "manual-chair-insufficient")
