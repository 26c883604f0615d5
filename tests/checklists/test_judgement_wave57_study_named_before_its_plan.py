"""The ordering visit's plan names the study in an earlier clause of the same sentence (blind
wave 57, HI/img-02): "Plan MRI brain w/wo; result will determine AED duration and need for
neurosurgery if lesion", 75 days before the order, is that MRI's plan as the plan written in one
clause is (test_judgement_wave32_plan_of_study_to_do). A sentence before it that names the
study is not the plan's: "MRI brain reviewed. Results will guide PT" plans no new MRI.

And a choice between steps the result is to settle is the plan the study informs: "pain mgmt ESI
vs neurosurg pending findings" (HF/lumbar-mri-02); a differential pending the MRI is none."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

from .test_judgement import _note, record, status

_ORDER = {
    "authoredOn": "2026-02-20",
    "occurrenceDateTime": "2026-03-05",
    "code": {
        "coding": [
            {
                "system": "http://www.ama-assn.org/go/cpt",
                "code": "70553",
                "display": "MRI brain without and with contrast",
            }
        ],
    },
}


def _aim_004(plan: str) -> str:
    visit = _note("visit", "2025-12-08", f"NEURO F/U\nFirst seizure 11/30. Keppra started. {plan}")
    message = _note("msg", "2026-02-19", "Portal: asking when the MRI is approved.")
    bundle = record("70553", visit, message, reason="R56.9", order=_ORDER)
    return status(bundle, "AIM-004", as_of=date(2026, 2, 24))["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "Plan MRI brain w/wo; result will determine AED duration and need for neurosurgery.",
        "Order MRI brain, epilepsy protocol; findings will guide how long to treat.",
        "MRI brain w/ and w/o contrast: results to determine whether to refer neurosurgery.",
    ],
)
def test_the_study_named_earlier_in_the_sentence_is_the_plans(plan: str) -> None:
    assert _aim_004(plan) == "met"


def test_a_study_named_in_another_sentence_is_not() -> None:
    assert _aim_004("MRI brain reviewed with family. Results will guide how long to treat.") != (
        "met"
    )


def _decides(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/d1", text, date(2026, 5, 20))])
    return any(f.concept == "decision-dependent" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "MRI L-spine; pain mgmt TFESI vs neurosurg pending findings.",
        "PT or injection per MRI results.",
        "Observation vs biopsy after the CT.",
        "Refer spine surgery vs continue PT based on imaging.",
        "L5 ESI versus surgical consult once MRI read.",
        "Ortho vs conservative care pending the study.",
    ],
)
def test_a_choice_the_result_settles(text: str) -> None:
    assert _decides(text)


@pytest.mark.parametrize(
    "text",
    [
        "HNP vs stenosis pending MRI.",
        "PT vs chiro after next visit.",
        "Continue PT or chiro per patient preference.",
        "Pt fell twice or more per report.",
    ],
)
def test_no_choice_the_result_settles(text: str) -> None:
    assert not _decides(text)
