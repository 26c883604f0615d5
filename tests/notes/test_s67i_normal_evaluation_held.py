"""An evaluation's normal finding is what it found, not a denial that it was held (brief s67-i,
the lead's false alarm noticed by s67-c: "SLP evaluation 3/2/26: oral mech WNL" read the
evaluation as denied by its "WNL"). Evaluations not held stay denied (regex_target_flags).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _had(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/k1", text, dt.date(2026, 3, 2))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "SLP evaluation 3/2/26: oral mech WNL.",
        "SLP eval 3/2/26 - oral motor WNL, swallow WNL.",
        "SLP evaluation completed 3/2/26, WNL.",
        "Speech evaluation: oral mechanism within normal limits.",
        "SLP evaluation: swallow WNL",
    ],
)
def test_an_evaluation_with_a_normal_finding_was_held(text: str) -> None:
    assert _had(text, "slp-evaluation")


@pytest.mark.parametrize(
    "text",
    [
        "No SLP evaluation; swallow WNL at bedside.",
        "SLP eval - pt declines, swallow WNL per RN",
        "Refer for SLP evaluation.",
    ],
)
def test_an_evaluation_not_held_stays_denied(text: str) -> None:
    assert not _had(text, "slp-evaluation")
