"""A manual chair tried and failed, written as a mobility exam's terse result (brief s69-d).

"Rollator: stops q10 ft, SOB. Manual chair: pushes 15 ft, desats to 85%, shoulder OA limits."
(blind wave 74, JT/dme-wheelchair-03): WHC-004 (LCD L33789 C, a manual chair the patient
cannot self-propel) found nothing, since the verdict lists asked for a stop word ("then",
"before") between the distance and what ended it. A chair pushed a short way with a
desaturation, fatigue or breathlessness after it, a chair that desaturates the patient, and one
an arm's named condition limits all answer the criterion. Not a long push, a push with nothing
wrong, a chair not tried or to be tried, nor a desaturation the patient had walking.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "manual-chair-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Manual chair: pushes 15 ft, desats to 85%, shoulder OA limits.",
        "Manual w/c: propels 20 ft, SpO2 drops to 84%.",
        "manual wc - pushes ~10 ft, winded",
        "MWC: 15 ft, fatigued, R shoulder pain.",
        "Manual chair tried in clinic: self-propelled 25 feet, sats 86%, too SOB to continue.",
        "manual chair - desats",
        "Manual chair: desaturates w/ propulsion, bilat shoulder OA.",
        "manual chair limited by shoulder OA",
        "Manual w/c: R rotator cuff tear limits.",
        "manual w/c: 12 ft, exhausted",
    ],
)
def test_a_manual_chair_that_fails_is_insufficient(text: str) -> None:
    assert _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "manual chair at home works well",
        "propels manual chair independently household distances",
        "manual chair not tried",
        "will trial manual chair",
        "Manual chair: pushes 150 ft independently, no desat.",
        "Manual chair: no desaturation with propulsion.",
        "Manual chair: pushes 15 ft.",
        "Manual chair ordered; desats walking 15 ft.",
        "Manual chair - desats with ambulation only.",
        "Manual chair use limited to outdoors.",
        "Plan: manual chair trial - monitor for desats.",
    ],
)
def test_a_chair_that_works_or_was_not_tried_is_not(text: str) -> None:
    assert not _asserted(text), text


def test_the_mobility_exam_meets_whc_004() -> None:
    exam = (
        "F2F mobility exam 9/14/26. COPD on 2L O2, sats dipped to 86 walking the hall.\n"
        "Rollator: stops q10 ft, SOB. Manual chair: pushes 15 ft, desats to 85%, shoulder OA "
        "limits.\nPlan: Group 2 PWC, lifetime."
    )
    order = {"authoredOn": "2026-09-20", "occurrenceDateTime": "2026-09-30"}
    bundle = record("K0823", _note("n1", "2026-09-14", exam), reason="J44.1",
                    order_type="DeviceRequest", order=order)  # fmt: skip
    assert status(bundle, "WHC-004", as_of=date(2026, 9, 22))["status"] == "met"
