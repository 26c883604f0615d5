"""A knee film's compartment collapsed is its arthritis (brief s80-result): "XR L knee: medial
compartment collapse" gave the film and no OA finding, as "narrowing" once did (wave 81's
test_s72w3_joint_narrowing_shorthand). A compartment or joint space collapsed, obliterated or
effaced, "collapse of the medial compartment" and "loss of (the) joint space" are radiographic
osteoarthritis, as "bone-on-bone" and "tricompartmental narrowing" are. A collapse denied, to be
ruled out, or of a vertebra, an arch or a femoral head (avascular necrosis) is none. TKA-001
with such a film: tests/checklists/test_s80_joint_space_collapse.py.
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
        "XR L knee: medial compartment collapse.",
        "XR R knee 6/2026: joint space collapse medially.",
        "Standing films: complete loss of medial joint space R knee.",
        "XR: medial joint space obliterated.",
        "x-ray L knee: collapse of the medial compartment, varus 8 deg.",
        "XR L knee: lateral compartment collapse with valgus.",
        "xr R knee - tricompartmental collapse",
        "L knee XR: loss of joint space, osteophytes.",
        "XR: PF joint space effaced on sunrise view",
        # Wordings read before, kept.
        "XR R knee: tricompartmental narrowing.",
        "XR R knee: bone-on-bone medially.",
    ],
)
def test_a_knee_compartment_collapsed_is_arthritis(text: str) -> None:
    assert _oa(text), text


@pytest.mark.parametrize(
    "text",
    [
        "XR R knee: no joint space collapse.",
        "XR knee: without collapse of the lateral compartment.",
        "XR R knee: r/o medial compartment collapse",
        "XR R knee ordered to rule out joint space loss",
        "XR L-spine: L1 compression fracture with vertebral body collapse",
        "XR foot: medial arch collapse",
        "XR lumbar: disc space collapse at L4-5",
    ],
)
def test_a_collapse_denied_questioned_or_elsewhere_is_no_arthritis(text: str) -> None:
    assert not _oa(text), text


def test_a_film_to_rule_out_a_fracture_still_reads_its_collapse() -> None:
    assert _oa("XR R knee to r/o fx: medial compartment collapse, no fracture.")
