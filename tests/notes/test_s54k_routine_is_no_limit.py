"""A posture or rest the day is scheduled around is no activity limitation.

"Sits for 10 min after meals" (a reflux precaution) or "rests in the recliner 30 min after
lunch" tells a routine, not how long the patient can bear sitting or standing; "can only sit
10 min", "sitting limited to 10 min" or "stands 5 min before needing to sit" are the limit a
walker, wheelchair or imaging request leans on (NCD 280.3: a limitation of daily activities).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_LIMITS = {"activity-limitation", "standing-sitting", "walking-limitation"}


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 3, 9))]
    return [f.text for f in find_findings(notes) if f.concept in _LIMITS and not f.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Sits for 10 min before lunch.",
        "Pt sits upright 20 minutes after each meal per GI.",
        "Routine: sits in the recliner 30 min after supper.",
        "Sits up 30 min p meals (GERD precautions).",
        "Stands at the counter for 15 min every morning doing her stretches.",
        "She sits outside 20 minutes daily.",
        "Sitting 15 min after eating as instructed.",
        "Kneels 10 min in the afternoon for prayer.",
        "Rests 20 min after lunch; naps for an hour in the afternoon.",
        "Walks 10 min before breakfast for exercise.",
    ],
)
def test_a_routine_is_no_limit(text: str) -> None:
    assert _limits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Can only sit 10 min.",
        "Can only sit 10 min after lunch before his back seizes.",
        "Sitting limited to 10 min.",
        "Sits 15 min before the pain starts.",
        "Sitting ~15 min then must get up.",
        "Standing <10 min due to knee pain.",
        "Stands 5 min at a time before needing to sit.",
        "Sit 15 min, stand 10 min (tolerance).",
        "Has to rest after 10 min of walking.",
        "Must rest after walking 10 min.",
        "Needs to stop after 15 min of housework.",
    ],
)
def test_a_time_that_is_borne_stays_a_limit(text: str) -> None:
    assert _limits(text)
