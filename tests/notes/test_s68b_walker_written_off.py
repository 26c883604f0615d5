"""A cane or walker written off in a plain verdict ("cane useless", "walker is of no help") is a
device that does not suffice (NCD 280.3 B; brief s68-b, blind wave 72: JL/dme-wheelchair-01 "Has a
rollator since 2024 - sits on it every few steps; cane useless"). WHC-003 read "does not help" and
"no longer enough" but not "useless", "no help" or "not helpful". A verdict denied, a relative's
device, a device only proposed, another thing useless, or "no help at home" (no caregiver) is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 2, 4))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Cane useless.",
        "Quad cane: usless, R hand contracted.",
        "Walker is of no help to her now.",
        "rollator not helpful for his dyspnea",
        "FWW of little use at this point",
        "S: pt reports the walker has been worthless since the stroke.",
        "Cane never helped.",
        "Walker/cane - no help.",
    ],
)
def test_a_device_written_off(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cane not useless, helps on stairs.",
        "Uses walker, lives alone with no help at home.",
        "Uses walker, lives alone, no help.",
        "Walker: no use of R hand since CVA.",
        "Mother's rollator is useless to her.",
        "Consider walker; reassess in 4 weeks.",
        "Cane offered, declined.",
        "Knee brace useless; walks 200 ft with cane.",
        "Walker helps a lot.",
    ],
)
def test_a_device_that_serves_or_is_not_the_patients_is_not(text: str) -> None:
    assert not _walker_fails(text)
