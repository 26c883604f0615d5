"""A re-evaluation the patient cancelled or that was moved to a later date is not done (blind
wave 27, CV/pt-02): a phone note's "pt cancelled 3/5 re-eval d/t transportation; rescheduled
re-evaluation for 3/19/26" met PT-004/PT-007 as a re-evaluation on the note's date, though
"scheduled" already read as still to come. One done beside a cancelled or moved visit stays."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _done(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.category == "progress-report" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Phone note: pt cancelled 3/5 re-eval d/t transportation; rescheduled re-evaluation for"
        " 3/19/26.",
        "Re-eval rescheduled to 3/19.",
        "Progress report visit re-scheduled for next week.",
        "Pt canceled the re-eval today.",
    ],
)
def test_a_cancelled_or_moved_re_evaluation_is_not_done(text: str) -> None:
    assert not _done(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Pt cancelled 2 visits; re-eval completed 3/12.",
        "Re-eval completed today; next visit rescheduled to Friday.",
        "Re-evaluation 3/2/26: goals partially met.",
    ],
)
def test_a_re_evaluation_done_beside_a_moved_visit_stays(text: str) -> None:
    assert _done(text), text
