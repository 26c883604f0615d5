"""Blind wave 13's work-injury class: where the injury happened, written as the job's place
('fell from a ladder on jobsite', 'hurt at the work site') rather than 'at work' (AP/occ-04)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _injury(text: str) -> str:
    bundle = record("97545", _note("n1", "2026-02-20", text), reason="S52.571D")
    return status(bundle, "OCC-001")["status"]


@pytest.mark.parametrize(
    "where",
    [
        "fell from 8-ft ladder on jobsite 1/6/2026",
        "fell from a ladder at the job site on 1/6/2026",
        "fell from scaffolding at the worksite 1/6/2026",
        "fell off a ladder at a work site 1/6/26",
        "fell from a ladder while on duty 1/6/2026",
        "slipped on ice in the lot where he works 1/6/2026",
        "fell from a ladder during work 1/6/2026",
    ],
)
def test_an_injury_at_the_job_s_place_is_a_work_injury(where: str) -> None:
    text = (
        f"HPI: 42M carpenter, {where} landing on outstretched R hand, distal radius fx, ORIF 1/8."
        " Off work since injury; employer will take him back full duty only."
    )
    assert _injury(text) == "met"


def test_a_fall_at_home_is_no_work_injury() -> None:
    text = (
        "HPI: 42M carpenter, fell from a ladder cleaning gutters at home 1/6/2026 landing on "
        "outstretched R hand. Off work since. Website for the clinic given; seen with the nurse on "
        "duty."
    )
    assert _injury(text) != "met"
