"""A requirement restated in a note is no care done (brief s67-n, noticed by s67-g on blind wave
70): "Weight loss: medically supervised program required before surgery" read as the supervised
weight-loss attempt BAR-003 asks for, a false "met", because the program's words match whatever
surrounds them. "Required before surgery", "must complete", "is required to undergo", "will need
to document", "Requirement:" say what is asked, on every checklist's care; care said done beside
the requirement still counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record, status
from .test_judgement_wave17_stopped_orders import _order
from .test_judgement_wave18_care_not_begun import _OA


def _bar003(text: str) -> str:
    bundle = record(
        "43644", _note("n1", "2026-07-01", text), reason="E66.01",
        order={"authoredOn": "2026-07-01"},
    )  # fmt: skip
    return status(bundle, "BAR-003", as_of=date(2026, 7, 15))["status"]


def _tka002(text: str) -> str:
    note = _note("n1", "2026-05-28", f"HPI: L knee pain since Nov 2025. {text}\nA/P: L knee OA.")
    meloxicam = _order("m", "meloxicam 15 MG Oral Tablet", "2026-04-27", "15 mg daily")
    request = {"authoredOn": "2026-05-28", "occurrenceDateTime": "2026-06-22"}
    bundle = record("27447", _OA, meloxicam, note, reason="M17.12", order=request)
    report = score_bundle(bundle, as_of=date(2026, 6, 4))
    return {i["id"]: i for i in report["items"]}["TKA-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Weight loss: medically supervised program required before surgery.",  # the s67-g wording
        "Supervised wt loss program reqd prior to surgery.",  # terse
        "Pt must complete a medically supervised weight loss program prior to surgery.",
        "Pt is required to complete a supervised weight loss program.",
        "Requirement: physician-supervised diet x 6 months before surgery.",  # templated
        "P: 6-mo supervised weight loss program is mandatory before surgery.",  # SOAP plan
        "Medically supervised weight loss program is a prerequisite for surgery.",
        "Pt must first complete 6 monthly RD-supervised program visits.",
    ],
)
def test_a_weight_loss_program_asked_for_is_no_attempt(text: str) -> None:
    assert _bar003(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Pt must complete 12 weeks of PT before surgery.",
        "Formal PT x 6 weeks required before surgery per surgeon.",
    ],
)
def test_other_care_asked_for_is_no_care(text: str) -> None:
    assert _tka002(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        # done, the requirement beside it
        "Completed 6-month medically supervised weight loss program with PCP Jan-Jun 2025,"
        " lost 8 lb then regained; required before surgery.",
        "Completed supervised weight loss program Jan-Jun 2025 as insurance requires; regained.",
        "Attended PCP-supervised diet program monthly 2/2025-11/2025, lost 4 kg, regained.",
    ],
)
def test_a_weight_loss_attempt_done_still_counts(text: str) -> None:
    assert _bar003(text) == "met"


def test_care_done_with_a_requirement_after_it_still_counts() -> None:
    assert _tka002("Did PT 2/10-4/30 with little benefit. Cardiac clearance required"
                   " before surgery.") == "met"  # fmt: skip
