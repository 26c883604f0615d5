"""'Amb' is how therapy and home health notes write ambulates (brief s65-l, lead's class from
s65 sessions): "Pt unable to amb > 50 ft", "amb 40 ft max before needing to sit", "can only amb
household distances", "non-amb" say the walking limit "walks only 40 ft" says. Walking done
without a limit ("amb indep community distances", "amb 500 ft without AD") and a goal ("goal:
amb 150 ft") are not one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_LIMITS = {"walking-limitation", "activity-limitation", "transfer-limitation"}


def _walk_limit(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/a1", text, dt.date(2026, 2, 24))])
    return any(
        f.category == "functional-deficits" and f.concept in _LIMITS and f.asserted for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pt unable to amb > 50 ft.",
        "amb 40 ft max before needing to sit",
        "Can only amb household distances.",
        "Mobility: non-amb.",
        "O: amb 30 ft w/ FWW, then needs seated rest",
        "pt amb only ~25 ft d/t knee pain",
        "Unable to amb more than 20 feet.",
        "Amb < 100 ft secondary to hip pain.",
        "cannot amb community distances",
    ],
)
def test_amb_limit_is_a_walking_limit(text: str) -> None:
    assert _walk_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Amb indep community distances.",
        "Goal: amb 150 ft w/o AD.",
        "Pt able to amb > 300 ft independently.",
        "Ambulance transport to ED.",
    ],
)
def test_amb_without_a_limit_is_not(text: str) -> None:
    assert not _walk_limit(text)
