"""A cane or walker tried with what it cannot help still there, or a patient too breathless,
weak or tired to use it, is a device that does not resolve the limitation (NCD 280.3 B):
"Walker tried - still desaturates, too dyspneic to push" (blind wave 69, JA/dme-wheelchair-02),
"Walker and cane: too short of breath to use, stopped 2025" (IY/wheelchair-03). Not a denial
("no longer SOB with walker"), nor the words about a manual chair."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _insufficient(text: str) -> bool:
    notes = [NoteInput("DocumentReference/m1", text, dt.date(2026, 8, 14))]
    return any(
        f.concept == "cane-walker-insufficient" and f.asserted for f in find_findings(notes)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Walker tried - still desaturates, too dyspneic to push.",
        "Walker and cane: too short of breath to use, stopped 2025.",
        "Rollator: still desats, must sit.",
        "Tried FWW, still falls at home.",
        "cane - too weak to use (L hemiparesis)",
        "S: has a walker but too SOB to push it",
        "Walker trial: still falling in the bathroom.",
        "Uses rollator at home, too winded to push it more than a room.",
    ],
)
def test_a_device_still_failing_or_too_hard_to_use_is_insufficient(text: str) -> None:
    assert _insufficient(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walker: no longer SOB with it, walks 200 ft.",
        "Cane - not too weak to use, steady gait.",
        "Manual chair: too weak to push.",
        "Walker delivered today, pt still learning.",
    ],
)
def test_no_insufficiency_in_a_denial_or_another_device(text: str) -> None:
    assert not _insufficient(text)
