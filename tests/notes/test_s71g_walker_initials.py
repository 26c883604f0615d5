"""A walker by its initials in use is the walker (brief s71-g): "amb w/ RW", "uses RW at home",
"Ambulates 150 ft with FWW" named no assistive device, so the hip arthroplasty's nonoperative
care (THA-002, which counts one) missed it, as "uses a walker" did not. Read after a word of use
or of walking, or a device field, as the cane's SPC is; not a colleague's initials, an order, a
walk without it, or someone else's."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _device(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n9", text, date(2026, 2, 20))])
    return any(f.concept == "assistive-device" and f.asserted for f in found)


@pytest.mark.parametrize(
    "said",
    [
        "amb w/ RW",
        "Pt uses RW at home.",
        "Ambulates 150 ft with RW, CGA.",
        "using a RW since 10/2025",
        "walks with her FWW in the community",
        "ambulating with 4WW, slow cadence",
        "Pt now using RW for all mobility.",
        "Amb 50' w/ RW, min A.",
        "AD: RW",
        "Gait: antalgic, slow w/ RW",
        "Ambulates without difficulty with RW.",
    ],
)
def test_a_walker_by_its_initials_in_use_is_the_walker(said: str) -> None:
    assert _device(said)


@pytest.mark.parametrize(
    "said",
    [
        "f/u with RW NP re: labs",
        "walks 1 block, f/u with RW NP next wk",
        "spoke with RW (RN) - pt cannot stand",
        "Walks with RW (PT) in clinic.",
        "Rx: RW x1",
        "Plan: order RW",
        "does not use RW",
        "no longer uses RW",
        "amb without RW",
        "amb w/o RW, indep",
        "Wife uses RW.",
        "RW pain with gripping",
    ],
)
def test_initials_not_a_walker_in_use_are_none(said: str) -> None:
    assert not _device(said)
