"""What the job requires, told by a participle after the job is named, found by blind wave 41
(EZ/occ-02): "job is CNA at a nursing home requiring patient transfers/boosting 35+ lb" gave the
work injury its mechanism ("boosting") beside an employer form whose date of injury and
mechanism were left "***". "Job requires lifting" was already the job's demand; "job is X
requiring lifting" says the same. An injury told between the job and the participle keeps its
mechanism."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _mechanisms(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/w2", text)])
    return [(f.text, f.asserted) for f in found if f.concept == "mechanism"]


@pytest.mark.parametrize(
    "text",
    [
        "Low back pain. Job is warehouse loader at a depot requiring lifting 60 lb cartons.",
        "Knee pain. Works as a home aide, a job involving boosting clients in bed.",
        "Occupation: hospital orderly requiring transferring a patient several times a shift.",
    ],
)
def test_a_lift_the_named_job_requires_is_no_mechanism(text: str) -> None:
    found = _mechanisms(text)
    assert not any(asserted for _, asserted in found), (text, found)


def test_an_injury_told_before_the_participle_keeps_its_mechanism() -> None:
    text = "Job: stocker, hurt her back lifting a 50 lb case, requiring two days off."
    assert any(asserted for _, asserted in _mechanisms(text))
