"""A goal relief in a later note is no second block's relief (brief s85-switch;
notes/relief_goals.py): "Plan MBB #2 next week; goal 80% relief" beside MBB #1's 85% made
IPN-008's two blocks of at least 80% (two readings, two days) where one block's relief is told."""

from __future__ import annotations

from .test_judgement import _note, record, status
from .test_judgement_wave15_one_event import _block


def test_a_goal_in_a_later_note_makes_no_second_block() -> None:
    def ablation(*notes: dict) -> str:
        blocks = (
            _block("p1", "2026-01-22", "R L4-5, L5-S1 MBB #1."),
            _block("p2", "2026-02-05", "R L4-5, L5-S1 MBB #2."),
        )
        return status(record("64635", *notes, *blocks, reason="M47.816"), "IPN-008")["status"]

    first = _note("n1", "2026-01-22", "R L4-5/L5-S1 MBB #1 01/22/26 with 85% relief x 5 h.")
    goal = _note("n2", "2026-01-29", "Plan MBB #2 next week; goal 80% relief.")
    second = _note("n2", "2026-02-06", "R L4-5/L5-S1 MBB #2 02/05/26 with 90% relief x 6 h.")
    assert ablation(first, goal) != "met"
    assert ablation(first, second) == "met"
