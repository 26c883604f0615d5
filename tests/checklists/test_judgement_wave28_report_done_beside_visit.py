"""A progress report its own words say was done stays done beside a later visit's plans.

Wave 27 (CV/pt-02) read a cancelled or moved re-evaluation as not done, and kept one done beside
a moved visit when a ";" parted them. With a comma ("Progress report done 3/5, pt cancelled next
visit") ConText's backward "next visit" reached back over the report and made it a report still
to come (noticed in that stop), so PT-004 counted every visit since the last report before it. A
report or evaluation followed by its own "done", "completed" or "performed" (a date at most
between) is done; a cue for something to come after it in another clause is about that visit. A
report only due, scheduled or planned ("Progress report due next visit", "Re-eval scheduled
3/19, pt cancelled next visit") is still to come.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, _pt_visit, record, status


def _done(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.category == "progress-report" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Progress report done 3/5, pt cancelled next visit.",
        "Re-eval completed 3/5, next visit due Friday.",
        "Progress report completed, will update goals at next visit.",
        "Re-evaluation performed 2/26/26, next progress report due at visit 20.",
    ],
)
def test_a_report_done_stays_done(text: str) -> None:
    assert _done(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Progress report due next visit.",
        "Re-eval scheduled 3/19, pt cancelled next visit.",
        "Progress report to be done next visit.",
        "Pt cancelled 3/5 re-eval, next visit 3/9.",
    ],
)
def test_a_report_to_come_is_not_done(text: str) -> None:
    assert not _done(text), text


def test_pt_004_counts_from_the_report_done() -> None:
    visits = [_pt_visit(f"v{i}", f"2026-01-{2 + 2 * i:02d}") for i in range(12)]
    phone = _note("ph", "2026-01-28", "Progress report done 1/20, pt cancelled next visit.")
    bundle = record("97110", *visits, phone, reason="M54.50")
    assert status(bundle, "PT-004", as_of=date(2026, 2, 1))["status"] == "met"
