"""What the job requires, with the job named in brackets before the verb, found by blind wave 39
(EO/workrehab-03): "states job (truck driver/loader) requires lifting 70 lb" gave the work
injury its mechanism ("lifting") though the note says the worker could not recall what he was
doing when he got hurt. "Job requires lifting" was already the job's demand; the bracketed job
between the two words is the same statement."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _mechanisms(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/w1", text)])
    return [(f.text, f.asserted) for f in found if f.concept == "mechanism"]


@pytest.mark.parametrize(
    "text",
    [
        "Shoulder pain since spring. Says job (stocker, night shift) requires lifting 50 lb cases.",
        "Neck strain. Her job (home aide) requires pulling patients up in bed.",
        "Reports job (roofer) demands carrying 80 lb bundles up ladders.",
    ],
)
def test_a_lift_the_bracketed_job_requires_is_no_mechanism(text: str) -> None:
    found = _mechanisms(text)
    assert not any(asserted for _, asserted in found), (text, found)


def test_a_lift_that_hurt_the_worker_stays_a_mechanism() -> None:
    text = "Job (warehouse picker): hurt low back lifting a 60 lb case at work 1/12/26."
    assert any(asserted for _, asserted in _mechanisms(text))
