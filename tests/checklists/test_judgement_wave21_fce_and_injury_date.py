"""A functional capacity evaluation's plan is what the FCE is to settle, and an injury dated
right after the body part is its date of injury (blind wave 21, BX/occ-02).

- "Order FCE to define restrictions. Then determine need for work conditioning.": for an FCE
  (97750) the plan is the evaluation and what it decides (the restrictions, the return-to-work
  level), not yet the hours and weeks of a hardening program that only it can set. A bare "FCE
  ordered", an FCE only to "consider", or a work-hardening request (97545) with no program still
  lack the plan.
- "CNA at Brookside Nursing Center, injured R shoulder 4/20/26 transferring a resident": the
  date after "injured <side> <part>" is the date of injury, as "injured ... on 4/20" already
  was. A job title with no injury date or mechanism is still no injury history, nor a visit's
  date ("injured shoulder, seen 4/20/26").
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _fce_plan(text: str, code: str = "97750") -> str:
    bundle = record(code, _note("n1", "2026-02-20", text), reason="S46.011D")
    return status(bundle, "OCC-005")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: R RC strain. Order FCE to define restrictions. Then determine need for work "
        "conditioning. Will re-refer to PT.",
        "Plan: functional capacity evaluation to determine safe work level and permanent "
        "restrictions.",
        "Will obtain FCE to establish RTW status before any work hardening.",
    ],
)
def test_an_fce_with_what_it_is_to_settle_is_the_fce_s_plan(text: str) -> None:
    assert _fce_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "A/P: R RC strain. FCE ordered.",
        "A/P: R RC strain. May consider FCE to define restrictions if no better.",
        "A/P: R RC strain. FCE not needed to define restrictions; full duty.",
    ],
)
def test_an_fce_without_its_purpose_or_left_open_is_no_plan(text: str) -> None:
    assert _fce_plan(text) != "met"


def test_an_fce_with_no_plan_at_all_is_missing_not_partial() -> None:
    # The FCE branch's gate is no evidence: with nothing written the item is missing.
    assert _fce_plan("A/P: R RC strain. Work status: restricted duty.") == "missing"


def test_a_work_hardening_request_still_needs_its_program() -> None:
    text = "Order FCE to define restrictions, then work hardening."
    assert _fce_plan(text, "97545") != "met"


def _injury(text: str) -> str:
    bundle = record("97750", _note("n1", "2026-02-20", text), reason="S46.011D")
    return status(bundle, "OCC-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "HPI: 51F CNA at Brookside Nursing Center, injured R shoulder 4/20/26 transferring a "
        "resident (pt slid, she caught him). Employer work status form: restricted - no lifting "
        "> 10 lb with R arm.",
        "Warehouse loader, injured his low back 1/12/2026 lifting a 60 lb box. Off work since.",
    ],
)
def test_an_injury_dated_after_the_body_part_is_dated(text: str) -> None:
    assert _injury(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "HPI: 51F CNA at Brookside Nursing Center, R shoulder pain. Job requires transfers. "
        "Restricted duty.",
        "51F CNA, injured R shoulder, seen 4/20/26 in urgent care. Job requires transfers. "
        "Restricted duty.",
    ],
)
def test_a_job_title_or_a_visit_date_is_no_date_of_injury(text: str) -> None:
    assert _injury(text) != "met"
