"""A severe aphasia by its score, and basic needs made known only in part through a device, are
communication limits (blind wave 96, ND/slp-02: "WAB-R AQ 41.2 (severe Broca's). Uses SGD for
basic needs 40% independently."). LCD L34563 asks what the deficit keeps the patient from: a WAB
aphasia quotient of 50 or under is the severe band, and needs met only 40% of the time through a
speech-generating device are needs not made known. A moderate or normal score, a goal, a score
since risen, and needs conveyed with the device well are none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 3, 24)


def _limits(text: str) -> list[bool]:
    """Whether each communication-limitation found in ``text`` is denied."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f.negated for f in found if f.concept == "communication-limitation"]


@pytest.mark.parametrize(
    "text",
    [
        "SLP RE-EVAL 3/24/2026: WAB-R AQ 41.2 (severe Broca's).",
        "Standardized testing: WAB-R: AQ 28.4 (initial 12/2025: 19.6).",
        "Western Aphasia Battery-Revised aphasia quotient 31 - global aphasia.",
        "Uses SGD for basic needs 40% independently.",
        "Relies on a tablet SGD for daily needs with mod cues.",
        "Uses gestures for basic wants 50% of the time.",
    ],
)
def test_a_severe_score_or_needs_met_in_part_by_a_device_is_a_limit(text: str) -> None:
    assert _limits(text) and not any(_limits(text))


@pytest.mark.parametrize(
    "text",
    [
        "WAB-R AQ 58.4 (moderate Broca's).",
        "WAB-R AQ 96 (language intact).",
        "Goals: WAB-R AQ >= 70 at re-eval.",
        "WAB-R AQ 38.4 -> 61.0 today.",
        "Pt will use SGD to request basic needs 80% of opportunities.",
        "Uses SGD for basic needs 95% independently.",
        "Able to convey needs to staff with SGD.",
    ],
)
def test_a_moderate_score_a_goal_or_needs_well_met_is_no_limit(text: str) -> None:
    assert not _limits(text)


def test_aphasia_resolved_is_denied() -> None:
    assert not any(f is False for f in _limits("Aphasia resolved; WAB-R AQ 97.2."))
