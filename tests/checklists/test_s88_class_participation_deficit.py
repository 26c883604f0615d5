"""SLP-003: a child's communication limiting participation at school is the functional deficit
(brief s88-hh-slp, blind wave 102, NZ/slp-3: the re-evaluation's "Deficit: cannot participate in
classroom Q&A or tell mom about his day without device support" was flagged as no deficit). Near
misses stay flagged: participation like typical peers, a teacher's general remark, a limit that
resolved."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_HEAD = (
    "SLP Re-evaluation / Progress Report 08/31/2026\n7M w/ CP (spastic diplegia), uses Accent SGD "
    "since last winter. CELF-5: CLS 61; EVT-3 SS 72.\n"
)


def _deficit(line: str) -> str:
    order = {"authoredOn": "2026-09-28", "occurrenceDateTime": "2026-10-05"}
    bundle = record("92609", _note("n1", "2026-08-31", _HEAD + line), reason="F80.1", order=order)
    return status(bundle, "SLP-003", as_of=date(2026, 9, 28))["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Deficit: cannot participate in classroom Q&A or tell mom about his day without device "
        "support.",
        "Unable to participate in circle time without his SGD.",
        "Limited participation in class discussions due to expressive language.",
    ],
)
def test_participation_at_school_lost_to_speech_is_the_deficit(line: str) -> None:
    assert _deficit(line) == "met"


@pytest.mark.parametrize(
    "line",
    [
        "Participates in classroom Q&A like his typical peers.",
        "Teacher says he is quiet in class and rarely participates.",
        "Previously unable to participate in classroom Q&A, now participates fully.",
    ],
)
def test_peers_a_remark_or_a_resolved_limit_is_no_deficit(line: str) -> None:
    assert _deficit(line) != "met"
