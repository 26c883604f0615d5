"""One diagnostic block told at two visits is one block (s85, wave 100, NU/inj-02).

IPN-008 asks two diagnostic medial branch blocks, each with at least 80% relief, before a
radiofrequency ablation (LCD L38773). Blocks and readings written in notes are counted as events
(told_apart.py): by the day each statement gives, then by the block numbers of one day. "MBB #1
post-procedure pain diary: ... 85% relief" on the block's day and "F/U: MBB #1 gave 85% relief"
at the follow-up were two days, so two blocks and two readings, while the second block was
cancelled (Procedure ``not-done``) and never done. A block's number names one block whatever
day tells it; a statement naming one block numbers the unnumbered reading in it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.told_apart import _sole_block_number, told_apart
from smartapp.notes import NoteInput, find_findings

from .test_judgement import _note, record, status
from .test_judgement_wave15_one_event import _block

AS_OF = date(2026, 3, 1)
CANCELLED = "Procedure cancelled - pt on amoxicillin for dental infection. To reschedule."


def _ablation(first: str, later: str, *extra: dict) -> str:
    """IPN-008 with block #1 done and coded, block #2 coded not-done, and two notes."""
    blocks = (
        _block("p1", "2026-01-08", "Medial branch block L4-5, L5-S1 bilateral (MBB #1)"),
        _block("p2", "2026-01-29", "Medial branch block #2 bilateral", state="not-done"),
    )
    notes = (_note("n1", "2026-01-08", first), _note("n2", "2026-02-20", later))
    bundle = record("64635", *blocks, *notes, *extra, reason="M47.816")
    return status(bundle, "IPN-008", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # The case's wording.
        (
            "MBB #1 post-procedure pain diary: pre NRS 7, 30 min post 1, 85% relief lasting 5 h.",
            'F/U: MBB #1 gave 85% relief. Pt wants to skip 2nd block ("already proved it works").',
        ),
        ("First MBB today: 90% relief x 6 h per diary.", "F/u: 1st MBB gave 90% relief x 6 h."),
        ("MBB1 L4-5 bilat: 85% relief for 5 hours.", "Recheck. MBB1 85% relief x 5 hrs. Plan RFA."),
        ("Block #1 done, 82% relief x 4 h.", "Block #1 relief 82% per diary; #2 cancelled."),
    ],
)
def test_one_block_told_at_two_visits_is_one_block(first: str, later: str) -> None:
    assert _ablation(first, later, _note("n3", "2026-01-29", CANCELLED)) == "missing"


def test_two_numbered_blocks_on_two_days_are_two() -> None:
    blocks = (
        _block("p1", "2026-01-08", "MBB L4-5 #1"),
        _block("p2", "2026-01-29", "MBB L4-5 #2"),
    )
    notes = (
        _note("n1", "2026-01-08", "MBB #1 pain diary: pre NRS 7, post 1, 85% relief lasting 5 h."),
        _note("n2", "2026-01-29", "MBB #2 pain diary: pre NRS 7, post 1, 90% relief x 6 h."),
        _note("n3", "2026-02-20", "F/U: MBB #1 85% and MBB #2 90% relief. Plan RFA L4-5."),
    )
    bundle = record("64635", *blocks, *notes, reason="M47.816")
    assert status(bundle, "IPN-008", as_of=AS_OF)["status"] == "met"


def _events(*texts: tuple[str, str]) -> int:
    """How many block events the asserted relief readings of notes (day, text) are."""
    days = {f"D/{i}": date.fromisoformat(day) for i, (day, _) in enumerate(texts)}
    inputs = [NoteInput(f"D/{i}", text, days[f"D/{i}"]) for i, (_, text) in enumerate(texts)]
    found = [f for f in find_findings(inputs) if f.concept == "block-relief" and f.asserted]
    return told_apart(found, days)


def test_readings_counted_by_block_number_across_days() -> None:
    same = (
        ("2026-01-08", "MBB #1 pain diary: pre NRS 7, 85% relief x 5 h."),
        (
            "2026-02-20",
            "F/U: MBB #1 gave 85% relief.",
        ),
    )
    assert _events(*same) == 1
    two = (
        ("2026-01-08", "MBB #1 pain diary: 85% relief x 5 h."),
        (
            "2026-01-29",
            "MBB #2 pain diary: 90% relief x 6 h.",
        ),
    )
    assert _events(*two) == 2
    # Unnumbered readings on two days stay two: nothing names them one block.
    plain = ("2026-01-08", "MBB today, 85% relief x 5 h."), ("2026-01-29", "MBB, 90% relief x 6 h.")
    assert _events(*plain) == 2
    # A number only a statement names merges a reading with a block counted; it adds none.
    unplaced = (("2026-01-08", "MBB #2 pain diary: pre NRS 7, post 1, 90% relief x 6 h."),)
    assert _events(*unplaced) == 1


@pytest.mark.parametrize(
    "statement",
    [
        "MBB #1 and #2 gave 85% relief x 5 h each.",  # both blocks named: no one number
        "MBB 2 weeks ago gave 85% relief x 5 h.",  # a time, not a block's number
    ],
)
def test_a_statement_naming_no_single_block_numbers_no_reading(statement: str) -> None:
    assert _sole_block_number(statement) == set()
