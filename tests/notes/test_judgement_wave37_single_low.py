"""One low is no recurrent level 2 hypoglycemia (blind wave 37, EJ/cgm-02).

"One low at 52 mg/dL in June after skipping lunch, treated with juice, none since." was read as
problematic hypoglycemia, and CGM-001 (insulin, or recurrent level 2 events despite treatment
changes, or a level 3 event: LCD L33822) was called met for a patient on metformin and
semaglutide. A glucose under 54 told as one occurrence is a single level 2 event; lows that
recur, and a level 3 event however often, still count.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _hypoglycemia(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 7, 30))])
    return any(f.concept == "problematic-hypoglycemia" and not f.negated for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "One low at 49 mg/dL in May after a missed meal, treated with juice, none since.",
        "A single BG of 51 mg/dL last month, otherwise fine.",
        "Had an isolated reading of 50 mg/dL after a long run.",
    ],
)
def test_one_low_is_no_recurrent_hypoglycemia(text: str) -> None:
    assert not _hypoglycemia(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lows of 48 and 51 mg/dL twice this month despite cutting the glipizide.",
        "Fingersticks down to 45 several mornings a week.",
        "One episode of severe hypoglycemia requiring glucagon from her husband.",
    ],
)
def test_recurrent_lows_and_a_level_3_event_still_count(text: str) -> None:
    assert _hypoglycemia(text)
