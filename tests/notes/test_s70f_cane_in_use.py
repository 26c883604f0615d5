"""A cane or walker told in use is the device (brief s70-f): "Uses a cane." was read only as a
walking limit (the longer phrase hid the cane's bracing), "Amb w/ SPC" and "uses a 4-wheeled
walker" as nothing or as the walker ordered, so THA-002's nonoperative care went without its
assistive device (targets.yaml). Denied, another person's, or only advised, it is no device.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_DEVICES = ("bracing", "assistive-device")


def _devices(text: str) -> list[tuple[str, bool]]:
    notes = [NoteInput("DocumentReference/n1", f"HPI: R hip OA. {text}", dt.date(2026, 2, 20))]
    found = find_findings(notes)
    return [(f.concept, f.asserted and not f.family) for f in found if f.concept in _DEVICES]


@pytest.mark.parametrize(
    "line",
    [
        "Uses a cane.",
        "Pt uses a cane for community distances.",
        "uses a cane since 11/2025",
        "Ambulates w/ SPC.",
        "Uses SPC in L hand.",
        "walking with a SPC since fall",
        "Amb using spc.",
        "Gait: antalgic, uses a cane",
        "Uses a 4-wheeled walker since 10/2025.",
        "Now using a two-wheeled walker outdoors.",
        "single point cane in L hand since Oct",
    ],
)
def test_a_device_in_use_is_read(line: str) -> None:
    assert any(asserted for _concept, asserted in _devices(line)), line


@pytest.mark.parametrize(
    "line",
    [
        "Does not use a cane.",
        "No cane or walker.",
        "Denies use of a cane.",
        "Her mother uses a cane; FHx only.",
        "SPC placed 2019 (urology).",
        "SPC",
        "72M with SPC for neurogenic bladder.",
    ],
)
def test_a_device_denied_or_another_s_is_not(line: str) -> None:
    text = line if "mother" not in line else "FHx: mother uses a cane."
    assert not any(asserted for _concept, asserted in _devices(text)), line
