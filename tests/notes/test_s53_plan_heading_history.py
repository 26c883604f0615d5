"""Care or a result under a plan heading, dated before the note, is history (blind wave 57).

Notes that put the whole visit under "A/P:" tell the history there too. A statement there whose
care or film carries a date, a month or a year before the note's day was had then; one that
looks ahead ("start", "repeat", "f/u after", "next visit") or dates its care after the note stays
a plan.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = dt.date(2026, 9, 8)


def _had(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, _DAY)])
    return {
        f.concept for f in found
        if f.category in ("conservative-treatment", "diagnostic-results")
        and f.asserted and not f.planned
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("A/P: L knee OA, KL 3 (XR 2/2026).", "x-ray"),
        ("Assessment/Plan: R hip OA - XR 3/14/2026 joint space narrowing.", "oa-findings"),
        ("Impression and plan: lumbar radiculopathy. MRI 8/2/26 L4-5 HNP.", "mri"),
        ("A/P: knee OA. Prior CSI x2 in 2025, PT 2025, meloxicam.", "physical-therapy"),
        ("A&P:\nKnee OA. Naproxen 3/2026-8/2026, HEP.", "nsaid"),
        ("Assessment and plan: L shoulder. Kenalog inj 7/22/26.", "corticosteroid-injection"),
        ("A/P: R shoulder. PT 6 visits Jun-Jul 2026, Celebrex 5/2026.", "physical-therapy"),
    ],
)
def test_dated_past_care_under_a_plan_heading_was_had(text, concept):
    assert concept in _had(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Plan: start PT 2x/wk x 6 wks.", "physical-therapy"),
        ("Plan: XR next visit.", "x-ray"),
        ("Plan: repeat XR, compare with 1/2026 film.", "x-ray"),
        ("Plan: PT to start 10/2026.", "physical-therapy"),
        ("Plan: MRI L spine 10/15/2026.", "mri"),
        ("Plan: f/u after MRI 9/2/2026.", "mri"),
        ("Plan: PT 9/2026.", "physical-therapy"),
        ("A/P: knee OA. PT 2026.", "physical-therapy"),
        ("A/P: hip OA. PT 2x/wk this summer 2026.", "physical-therapy"),
    ],
)
def test_what_is_to_come_stays_planned(text, concept):
    assert concept not in _had(text)
