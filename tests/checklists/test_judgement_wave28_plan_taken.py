"""A drug a note plans to begin, which a later note says is being taken, ran from the plan's day
to that note (blind wave 27, CU/lmri-03: "Plan: PT 2x/wk x 6 wks, cyclobenzaprine 5 mg qhs,
meloxicam 15 mg daily" on 6/2; the reviewer counted the drugs with the PT to the request). A
later mention with no date of its own ("taking meloxicam daily, no relief") otherwise placed the
drug on its own note's day only, as if begun then. Not a drug the later note says was never
started or was stopped, nor without a plan to begin it."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_DISC = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M51.16"}]},
    "onsetDateTime": "2026-05-20",
}


def _lumbar_mri(plan: str, later: str) -> str:
    first = _note(
        "n1",
        "2026-06-02",
        f"57M LBP + R leg pain since late May. Exam: SLR + R 40 deg.\nPlan: {plan} RTC 6 wks.",
    )
    second = _note("n2", "2026-07-20", f"F/u LBP and R leg pain. {later} Exam: SLR + R.")
    order = {"authoredOn": "2026-07-20", "occurrenceDateTime": "2026-07-30"}
    bundle = record("72148", _DISC, first, second, reason="M51.16", order=order)
    report = score_bundle(bundle, as_of=date(2026, 7, 22))
    return {i["id"]: i for i in report["items"]}["LMRI-003"]["status"]


@pytest.mark.parametrize(
    "later",
    [
        "Taking meloxicam daily, no relief.",
        "Has been on meloxicam 15 mg, not helping.",
    ],
)
def test_a_planned_drug_later_said_taken_ran_from_the_plan(later: str) -> None:
    assert _lumbar_mri("start meloxicam 15 mg daily.", later) == "met"


@pytest.mark.parametrize(
    ("plan", "later"),
    [
        ("start meloxicam 15 mg daily.", "Never started the meloxicam."),
        ("start meloxicam 15 mg daily.", "Stopped meloxicam after a few days, GI upset."),
        ("ice and rest.", "Taking meloxicam daily, no relief."),
    ],
)
def test_not_a_drug_not_taken_stopped_or_begun_before(plan: str, later: str) -> None:
    assert _lumbar_mri(plan, later) != "met"
