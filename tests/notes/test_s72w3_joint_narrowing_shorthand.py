"""A knee film's narrowing written short is its arthritis: "XR 6/2026 mod medial narrowing."
(blind wave 81, KX/hyaluronan-03) gave the film and no OA finding, so HYA-001 called a
documented radiograph's arthritis missing. The compartment narrowed ("medial", "lateral",
"patellofemoral"), "JSN" for joint space narrowing, and "narrowing of the medial compartment"
are the same finding as "joint space narrowing". A narrowing denied, a spine's foramina or
recess, and a disc space are none (the disc's is no knee's arthritis).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _oa(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 9, 1))])
    return any(f.asserted and f.concept == "oa-findings" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "XR 6/2026 mod medial narrowing.",
        "R knee XR: medial JSN.",
        "Films show mild lateral narrowing and PF narrowing.",
        "XR R knee 6/2026 - severe medial compartment joint space loss",
        "x-ray: narrowing of the medial compartment",
        "standing AP: narrowed medial joint space R knee",
        "xr 5/26 - mod-severe patellofemoral narrowing",
        "L knee radiographs: medial jt space narrowing",
        "XR: JS narrowing medially",
        # Wordings read before, kept.
        "severe tricompartmental DJD",
        "KL grade 3",
        "bone-on-bone medially",
        "medial compartment narrowing",
    ],
)
def test_a_knee_compartment_narrowed_is_arthritis(text: str) -> None:
    assert _oa(text), text


@pytest.mark.parametrize(
    "text",
    [
        "XR R knee: no joint space narrowing, no effusion.",
        "XR knee: no medial narrowing.",
        "MRI L spine: L4-5 foraminal narrowing, no stenosis.",
        "lateral recess narrowing at L5-S1",
        "XR lumbar: narrowing of the L4-5 disc space",
        "disc space narrowing at C5-6",
        "Carotid US: no significant narrowing",
    ],
)
def test_a_narrowing_denied_or_of_the_spine_is_no_arthritis(text: str) -> None:
    assert not _oa(text), text
