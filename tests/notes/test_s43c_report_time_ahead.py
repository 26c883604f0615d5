"""A re-examination or progress report named right before a time still ahead is one to come
(blind wave 48, FZ/pt-ot-chiro-02): "re-exam next wk." closing a terse daily note says when the
next re-exam falls due, and is no re-exam held that day, in any section of the note."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _reports(text: str) -> list[bool]:
    """Whether each re-evaluation the note names counts as one held (asserted)."""
    found = find_findings([NoteInput("DocumentReference/r1", text, dt.date(2026, 5, 12))])
    return [f.asserted for f in found if f.concept == "re-evaluation"]


@pytest.mark.parametrize(
    "text",
    [
        "Treatment note 5/12\nCMT T-spine, tolerated well. Reexam next week.",
        "Visit 7. Ther ex 30 min. Re-eval in 2 wks.",
        "Knee flex 110. Progress report due next session.",
        "Goals set. Re-examination q30 days.",
    ],
)
def test_a_report_with_a_time_ahead_is_still_to_come(text: str) -> None:
    found = _reports(text)
    assert found and not any(found)


@pytest.mark.parametrize(
    "text",
    [
        "RE-EXAMINATION 5/12: ODI 22% (was 40%). Continue 2x/wk.",
        "Re-eval today: shoulder flex 150, goals partially met.",
    ],
)
def test_a_report_held_that_day_still_counts(text: str) -> None:
    assert any(_reports(text))
