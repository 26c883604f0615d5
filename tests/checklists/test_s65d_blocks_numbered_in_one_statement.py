"""Two medial branch blocks written in one statement, each reading led by its block's number:
"MBB #1 90% relief x 6 h, #2 85% x 4 h (pain diaries)" is two blocks at 80% or more, what
IPN-008 asks before an ablation (blind wave 67, IT/ipn-03, both blocks coded as Procedures).
The second block's bare percentage held for hours is its relief (relief.py: a block's relief
lasts hours), and the number leading each reading's clause tells the two apart
(told_apart.py). One block restated, a block under 80%, or a number that is no block's stay
short of it."""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings

from .test_judgement import _note, record, status
from .test_judgement_wave15_one_event import _block


def _ablation(text: str) -> str:
    """IPN-008 for a record with both blocks coded as Procedures (as IT/ipn-03 has them) and
    their relief written only in the visit note."""
    blocks = (_block("p1", "2026-01-08", "MBB L4-5 #1"), _block("p2", "2026-01-29", "MBB L4-5 #2"))
    bundle = record("64635", _note("n1", "2026-02-20", text), *blocks, reason="M47.816")
    return status(bundle, "IPN-008")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Axial LBP. MBB #1 90% relief x 6 h, #2 85% x 4 h (pain diaries). Plan: RFA L4-5.",
        "L4-5 MBB #1: 90% relief; #2: 85% x 5 hrs per diary.",
        "Dx MBBs: first 90% for 6 hours, second 85% for 4 hours.",
        "MBB1: 90% relief x 6 hrs. MBB2: 85% x 5 hrs.",
        "mbb #1 95% relief x 6h, #2 82% x 3h. facet loading +.",
        "Medial branch blocks L4-5/L5-S1: #1 (lidocaine) 90% relief, #2 (bupivacaine) 85% relief.",
    ],
)
def test_two_numbered_blocks_in_one_statement_are_two(text: str) -> None:
    assert _ablation(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "MBB #1 90% relief x 6 h, #2 70% x 4 h.",  # the second under 80%
        "MBB #1 90% relief x 6 h. MBB #1 relief lasted 6 h per diary.",  # one block restated
        "MBB #1 90% relief x 6 h; #2 scheduled 3/3.",  # the second not done
        "MBB #1 90% relief x 6 h, ODI 85% x 2 h after.",  # a score, not a block's relief
    ],
)
def test_one_block_or_a_block_under_80_is_not_two(text: str) -> None:
    assert _ablation(text) != "met"


def test_hours_held_read_only_where_a_block_is_named() -> None:
    notes = [NoteInput("DocumentReference/n1", "Walked 50% x 2 h with PT today.")]
    assert not [f for f in find_findings(notes) if f.concept == "block-relief" and f.asserted]
