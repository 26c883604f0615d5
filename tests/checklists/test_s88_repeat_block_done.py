"""The second diagnostic block's own procedure note, opened with "Repeat", is a block done
when it reports what the block gave (brief s88-injections; notes/repeat_injections.py):
"Repeat R L4-5, L5-S1 MBB with lidocaine. Pre 7, post 1/10 at 30 min - 3 h (86% relief)."
(blind wave 103, OC/ipn-03) was read as a block to come, so IPN-008 found one of the two
medial branch blocks LCD L38773 asks before an ablation. A repeat planned, conditional or
aimed at, or a reading that is the earlier block's, stays to come; one block told again at a
later visit stays one block."""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings

from .test_judgement import _note, record, status

FIRST = (
    "R L4-5, L5-S1 medial branch blocks, 0.5 mL bupivacaine each. Pain diary: pre 7/10, "
    "1 h 1/10 (86% relief) for 6 h."
)
VISIT = "Axial R low back pain, no leg pain. Facet loading + R. Plan: R L4-5, L5-S1 RFA (fluoro)."


def _blocks_done(text: str) -> list[object]:
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    return [f for f in found if f.concept == "epidural-injection" and f.asserted]


def _ablation(second: str) -> str:
    """IPN-008 for an ablation after a first block (its own note) and ``second`` (the next
    note, three weeks later), no block coded as a Procedure."""
    bundle = record(
        "64635",
        _note("n0", "2026-01-20", FIRST),
        _note("n1", "2026-02-10", second),
        _note("n2", "2026-02-24", VISIT),
        reason="M47.816",
    )
    return status(bundle, "IPN-008")["status"]


@pytest.mark.parametrize(
    "text",
    [
        # The case's words.
        "Repeat R L4-5, L5-S1 MBB with lidocaine. Pre 7, post 1/10 at 30 min - 3 h (86% relief).",
        "Repeat R L4-5 medial branch block, lidocaine 0.5 mL. Post-block NRS 1/10, 86% x 3 h.",
        "Repeat L4-5/L5-S1 MBB: 90% relief for 3 hours per diary.",
        "Rpt R L4-5, L5-S1 MBB under fluoro, tolerated well. Pre 8, post 1 (88% relief).",
    ],
)
def test_a_repeat_block_reported_is_the_second_block(text: str) -> None:
    assert _blocks_done(text), text
    assert _ablation(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: repeat R L4-5, L5-S1 MBB with lidocaine; proceed to RFA if >= 80% relief.",
        "Repeat MBB next week; goal 80% relief.",
        "Repeat L4-5 MBB. Prior block gave 86% relief.",
        "Will repeat R L4-5 MBB with lidocaine; first gave 86% relief.",
        "Repeat R L4-5 MBB if relief from the first block fades.",
        "Repeat MBB to confirm (86% relief after the first).",
        "Repeat R L5 TFESI. 70% relief x 4 mo.",
        "Repeat R L4-5 MBB. Completed PT x 6 wks, tolerated NSAIDs poorly.",
    ],
)
def test_a_repeat_ahead_or_the_first_blocks_reading_is_no_second_block(text: str) -> None:
    assert not _blocks_done(text), text
    assert _ablation(text) != "met", text


def test_one_block_told_again_at_a_later_visit_stays_one() -> None:
    again = "F/u: R L4-5, L5-S1 MBB 1/20 gave 86% relief for 6 h. Plan second MBB."
    assert _ablation(again) != "met"
