"""A kneeling, squatting or climbing tolerance told by its cap is a functional limit (s69-p).

"Ladder climbing 4 rungs max" and "Squatting limited to 30 sec" against a job that needs them
were no limit: occupational-work-rehab OCC-003 (deficits against the job's demands) called
them missing. The cap is in seconds or rungs, or written after the number, where the posture
readers had only minutes and hours. A cap is needed: "climbs ladders daily at work", a goal or
a capacity without one stays no limit.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 3, 10))])
    return [f.concept for f in found if f.category == "functional-deficits" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Ladder climbing 4 rungs max.",
        "Ladder: 4 rungs max due to R knee pain.",
        "Squatting limited to 30 sec.",
        "Squat tolerance < 20 seconds.",
        "Kneeling 45 sec max, then R knee pain.",
        "Climbs ladder only 3 rungs before pain.",
        "Crawling limited to 10 ft.",
        "Tolerates kneeling <30 sec.",
        "Ladder climbing limited to 2 rungs.",
        "Crouching max 15 sec.",
    ],
)
def test_a_capped_tolerance_is_a_limit(text):
    assert "activity-limitation" in _limits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Climbs ladders daily at work.",
        "Job requires ladder climbing and kneeling.",
        "Ladder climbing 20 rungs without difficulty.",
        "Squats 20 reps with good form.",
        "Kneeling on R knee for 30 sec during exam, no pain.",
    ],
)
def test_no_cap_no_limit(text):
    assert "activity-limitation" not in _limits(text)
