"""What a speech deficit keeps a pupil from doing at school is a functional limitation (blind
wave 19, BN/slp-03): "Cannot participate in class discussion or tell caregivers about pain" names
the daily activity lost, though the limiting word stands more than a few words before it. A
goal to join the discussion, or a pupil who already takes part, is none."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _limit(text: str) -> str:
    bundle = record("92609", _note("n1", "2026-02-20", text), reason="R47.1")
    return status(bundle, "SLP-003")["status"]


@pytest.mark.parametrize(
    "limit",
    [
        "S: anarthric. Cannot participate in class discussion or tell caregivers about pain.",
        "S: unable to take part in group discussions at school.",
        "S: can't join class discussions; teacher reports she stays silent.",
        "S: unable to participate in classroom discussion.",
    ],
)
def test_a_school_communication_limit(limit: str) -> None:
    assert _limit(limit) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Goals: participate in class discussion 3x per day with SGD.",
        "S: participates in class discussions with her device.",
        "S: unable to participate in PE class due to hip pain.",
        "S: no longer struggles to join class discussions.",
    ],
)
def test_what_is_no_school_communication_limit(text: str) -> None:
    assert _limit(text) != "met"
