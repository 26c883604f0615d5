"""A plan made because of the family history is the patient's plan (brief s88-plans, blind wave
103, OA/lmri-02): "P: MRI L-spine to r/o something serious given family hx" is the patient's MRI
for the father's spine metastases, not the father's plan (family_reason.py). A relative named
before the reason, or a family-history section, keeps the plan the family's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _plans(text: str) -> list[tuple[str, bool, bool]]:
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 6, 3))]
    return [
        (f.concept, f.asserted, f.family)
        for f in find_findings(notes)
        if f.category == "treatment-plan" and f.concept == "decision-dependent"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "P: MRI L-spine to r/o something serious given family hx; if degenerative -> PT.",
        "Plan: MRI brain to rule out aneurysm d/t strong FHx.",
        "A/P: MRI L-spine to r/o malignancy because of her family history.",
        "Plan: MRI lumbar to r/o mets in light of family hx (father - prostate ca).",
    ],
)
def test_a_plan_for_the_family_history_is_the_patient_s(text: str) -> None:
    plans = _plans(text)
    assert plans and all(asserted and not family for _, asserted, family in plans)


@pytest.mark.parametrize(
    "text",
    [
        "FHx: father - MRI to r/o mets given family hx.",
        "Father had MRI to r/o cancer given family hx.",
        "Mother: surgery referral if tear, given family hx.",
        "FHx: brother - surgery referral if full thickness tear.",
    ],
)
def test_a_relative_s_plan_stays_the_family_s(text: str) -> None:
    plans = _plans(text)
    assert plans and not any(asserted for _, asserted, _ in plans)
