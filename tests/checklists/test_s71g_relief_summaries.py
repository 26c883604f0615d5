"""Relief told as a summary (brief s71-g, noticed at stop 70).

IPN-008: two diagnostic blocks' relief summed up in one sentence ("MBB x2 concordant: 85% and
90%", "dual MBBs >80% concordant") gave no reading, or one; series_relief.py reads each
percentage a block's number leads, a list of them, or one told for a named series, and
told_apart.py counts a named series as every block. IPN-009: a relief whose end is told past a
semicolon or in the next sentence ("gave 50% relief; pain back to baseline by early Dec") kept
its end unread (relief_lasting.relief_sentence)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

from .test_judgement import _note, record, status
from .test_judgement_wave15_one_event import _block


def _ablation(text: str) -> str:
    blocks = (_block("p1", "2026-01-08", "MBB L4-5 #1"), _block("p2", "2026-01-29", "MBB L4-5 #2"))
    bundle = record("64635", _note("n1", "2026-02-20", text), *blocks, reason="M47.816")
    return status(bundle, "IPN-008")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Axial LBP. MBB x2 concordant: 85% and 90%. Plan: RFA L4-5.",
        "Axial LBP. dual MBBs >80% concordant. Plan RFA.",
        "L4-5 MBB #1 85%, #2 90% relief per diaries.",
        "Dual MBBs L4-5 with 85% and 90% relief.",
        "MBBs x2: 90%/85% relief.",
        "s/p concordant MBBs x2 (90% and 85%), proceed with RFA.",
        "MBB #1 (lidocaine) 90%, MBB #2 (bupivacaine) 85% per diary.",
        "Dx blocks: first 90%, second 85%.",
        "Double MBBs - relief 85%, 95%.",
    ],
)
def test_a_series_summed_up_is_two_blocks_of_relief(text: str) -> None:
    assert _ablation(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "MBB #1 80%, #2 75% relief.",  # the second under 80%
        "MBB x2: 90% and 70% relief.",
        "dual MBBs <50% relief.",
        "MBB x2 planned, goal >80% relief.",
        "MBB #1 90% relief; #2 scheduled 3/3.",
        "MBB #1 90% relief, ODI 40%/38%.",  # a score's percentages
        "MBB #1 with 0.25% bupivacaine: 90% relief.",  # an anesthetic's strength, one block
    ],
)
def test_a_block_under_80_planned_or_alone_is_not_two(text: str) -> None:
    assert _ablation(text) != "met"


def test_a_therapys_percentages_are_no_blocks() -> None:
    text = "PT 2x/wk for LBP, 50% and 60% better; dual sessions."
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 2, 20))]
    assert not [f for f in find_findings(notes) if f.concept == "block-relief"]


def _ipn009(text: str) -> str:
    bundle = record("64483", _note("n1", "2026-02-20", text), reason="M54.16")
    return status(bundle, "IPN-009", as_of=date(2026, 3, 1))["status"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Radicular LBP. ILESI 11/3/25 gave 50% relief; pain back to baseline by early Dec.",
         "partial"),
        ("Radicular LBP. ILESI 9/3/25 gave 50% relief; pain back to baseline by late Jan.", "met"),
        ("Radicular LBP. ILESI 11/3/25 gave 50% relief; lasted ~3 wks.", "partial"),
        ("Radicular LBP. TFESI 9/3/25: 60% relief; lasted ~5 months.", "met"),
        ("Radicular LBP. ILESI 11/3/25 gave 50% relief. Pain back to baseline by early Dec.",
         "partial"),
        ("Radicular LBP. ILESI 11/3/25 gave 50% relief. It wore off after ~3 wks.", "partial"),
        ("Radicular LBP. ILESI 9/3/25 gave 60% relief. Relief lasted until mid-Jan.", "met"),
        ("Radicular LBP. TFESI 11/3/25 - 70% better; sx returned by early Dec.", "partial"),
    ],
)  # fmt: skip
def test_a_reliefs_end_told_past_its_statement_is_read(text: str, expected: str) -> None:
    assert _ipn009(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Nothing past the statement tells the relief's length: none found, as before.
        "Radicular LBP. ILESI 11/3/25 gave 50% relief; PT x 3 wks.",
        "Radicular LBP. ILESI 11/3/25 gave 50% relief. PT lasted 3 wks.",
        "Radicular LBP. ILESI 9/3/25 gave 50% relief. Knee pain returned in Oct.",
        "Radicular LBP. ILESI 11/3/25 gave 50% relief.\nLasted ~3 wks per the old chart.",
    ],
)
def test_a_length_not_the_reliefs_is_not_read(text: str) -> None:
    assert _ipn009(text) == "missing"
