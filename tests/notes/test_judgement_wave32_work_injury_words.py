"""What a work-injury word means where it stands, found by blind wave 32: a shoulder that
'"hurts at work"' (DN/wr-03) was read as injured at work; a lift in the bracket glossing the
job ("is a CNA (patient handling, lifting >50 lb)") and an FCE "to define safe lifting"
(DP/work-rehab-03) were read as the mechanism of injury. Each says what the job asks, what the
worker may lift or when it hurts, not how or where an injury happened; the injury told in the
same words stays."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Pt is a CNA (patient handling, lifting >50 lb with assist). On restricted duty.",
        "Works as a stocker (lifting, overhead reaching) at a grocery.",
        "Plan: FCE to define safe lifting and RTW level.",
        "Max lifting 20 lb per FCE; lifting capacity below job level.",
    ],
)
def test_a_job_gloss_or_a_lifting_limit_is_no_mechanism(text: str) -> None:
    assert not _asserted(text, "mechanism"), text


@pytest.mark.parametrize(
    "text",
    [
        "Pt is a roofer (fell while lifting shingles 3/2/26).",
        "Injured low back lifting a resident at work 2/4/26.",
        "Is a CNA; felt a pop in her back while lifting a patient.",
    ],
)
def test_a_lift_that_injured_stays_the_mechanism(text: str) -> None:
    assert _asserted(text, "mechanism"), text


@pytest.mark.parametrize(
    "text",
    [
        'R shoulder pain, "hurts at work", worse with overhead reaching.',
        "Knee aches at work by the end of a shift.",
    ],
)
def test_a_symptom_felt_at_work_is_no_injury_at_work(text: str) -> None:
    assert not _asserted(text, "injured-at-work"), text


@pytest.mark.parametrize(
    "text",
    [
        "LBP, 'hurt it at work last year'.",
        "She hurt her back at work lifting a box.",
        "Shoulder strain at work 3/3/26.",
    ],
)
def test_an_injury_at_work_stays(text: str) -> None:
    assert _asserted(text, "injured-at-work"), text
