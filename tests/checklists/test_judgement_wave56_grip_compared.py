"""Grip measured against the other hand is a functional deficit in numbers (blind wave 56,
HE/occ-03: "grip R 48 lb vs L 102 lb (Jamar)" against a job of grip/torque tools all shift).

Work conditioning asks for the limits against the job's demands (OCC-003); a dynamometer
reading compared with the other side ("vs", "compared with", "20#/55#") is one, as "weak
grip" or "grip strength" already were. A lone reading ("grip 90 lb bilaterally") is not.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _grip_limit(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.concept == "reaching-limitation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Exam: grip L 35 lb vs R 88 lb on dynamometer.",
        "Grip 18 kg compared with 41 kg on the uninjured side.",
        "Jamar grip 25#/70# R/L.",
    ],
)
def test_a_grip_compared_with_the_other_hand_is_a_deficit(text: str) -> None:
    assert _grip_limit(text)


@pytest.mark.parametrize("text", ["Grip 90 lb bilaterally.", "Grip symmetric, 5/5 strength."])
def test_a_lone_grip_reading_is_not(text: str) -> None:
    assert not _grip_limit(text)


def test_work_conditioning_reads_the_grip_against_the_job() -> None:
    note = _note(
        "n1",
        "2026-02-20",
        "S: 41F L hand crush injury at the packing plant 12/2/25. Job: packer, grips box cutter "
        "and tape gun all shift, lifts 30 lb cases.\nO: grip L 35 lb vs R 88 lb on dynamometer."
        "\nA/P: work conditioning 3x/wk x 4 wks for return to full duty.",
    )
    bundle = record("97545", note, reason="S67.22XD")
    assert status(bundle, "OCC-003")["status"] == "met"
