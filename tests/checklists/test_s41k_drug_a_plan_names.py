"""A drug an earlier plan names with no word that begins it ("Plan: PT, meloxicam 15 mg daily"
of a new patient's visit), then mentioned as taken in a later note with no date of its own, was
taken from the plan's day (care_begun.named_by_plans; blind wave 44, FI/hip-arthroplasty-01).
Not a drug the plan leaves to the patient's need ("prn OTC") or only talks about, nor a later
medication list's entry, which is carried whether taken or not (FI/lumbar-mri-02)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_TAKEN = "F/u R hip: meloxicam 15 daily, still 7/10, limps."
_LISTED = (
    "F/u R hip: still 7/10, limps.\nCurrent Outpatient Medications:\n - meloxicam 15 mg tab daily"
)


def _hip_care(plan: str, later: str = _TAKEN) -> str:
    first = _note(
        "n1",
        "2025-10-01",
        f"Ortho new pt: 58F R hip OA, groin pain since summer.\nPlan: {plan}",
    )
    second = _note("n2", "2026-01-12", f"{later}\nA/P: R hip OA. Plan R THA.")
    order = {"authoredOn": "2026-01-12", "occurrenceDateTime": "2026-02-02"}
    bundle = record("27130", first, second, reason="M16.11", order=order)
    report = score_bundle(bundle, as_of=date(2026, 1, 15))
    return {i["id"]: i for i in report["items"]}["THA-002"]["status"]


@pytest.mark.parametrize(
    "plan", ["activity modification, meloxicam 15 mg daily, RTC 3 mo.", "meloxicam, avoid impact."]
)
def test_a_drug_the_plan_names_ran_from_the_plan(plan: str) -> None:
    assert _hip_care(plan) == "met"


@pytest.mark.parametrize(
    "plan", ["may consider meloxicam later, RTC 3 mo.", "meloxicam prn OTC, RTC 3 mo."]
)
def test_a_drug_only_talked_about_or_left_to_need_is_no_start(plan: str) -> None:
    assert _hip_care(plan) == "partial"


def test_a_medication_list_entry_says_no_drug_was_taken_since() -> None:
    assert _hip_care("activity modification, meloxicam 15 mg daily.", _LISTED) == "partial"
