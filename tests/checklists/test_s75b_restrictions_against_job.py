"""OCC-003: a restriction the worker is held to, set against the job's demands, is the deficit
(blind wave 85, LN/occupational-work-rehab-02: "Job: overhead reach frequent, push/pull 40 lb"
then "restricted duty no overhead work, no lifting >10 lb R arm"). A duty level ("restricted to
sedentary work", "light duty only") counts only with the job's demands on record, and then
neither partly: with none it is a work status. A release to full duty, a restriction lifted,
a bare "light duty", a relative's restriction or an FCE only planned is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_JOB = (
    "DOI 3/17/2026 at Ridgeway Plastics (machine operator). "
    "Job: overhead reach frequent, push/pull 40 lb."
)


def _occ003(plan: str, job: str = _JOB) -> str:
    note = _note("n1", "2026-03-18", f"WORK INJURY VISIT\n{job}\n{plan}")
    bundle = record("97545", note, reason="S46.011D")
    return status(bundle, "OCC-003", as_of=date(2026, 4, 30))["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: PT 2x/wk x 6 wks, ibuprofen, restricted duty no overhead work, no lifting >10 lb.",
        "Work status: light duty - no overhead work, no carrying more than 15 lb.",
        "Restrictions: no reaching above shoulder level R arm.",
        "Work status: restricted to sedentary work.",
        "Employer form: light duty only until cleared.",
        "Limited to light duty per my note.",
    ],
)
def test_a_restriction_against_the_job_is_the_deficit(plan: str) -> None:
    assert _occ003(plan) == "met", plan


@pytest.mark.parametrize(
    "plan",
    [
        "Work status: full duty, no restrictions.",
        "Restrictions lifted; released to full duty (previously no lifting >10 lb).",
        "Wife is on light duty with no lifting >10 lb. Pt working full duty.",
        "Plan: FCE to be scheduled to determine restrictions.",
        "Work status: light duty.",
        "Restrictions lifted; previously restricted to light duty.",
        "Light duty not available at his employer.",
        "Husband is restricted to sedentary work since his MI.",
    ],
)
def test_no_restriction_held_is_no_deficit(plan: str) -> None:
    assert _occ003(plan) != "met", plan


@pytest.mark.parametrize(
    "job",
    [
        "Works as a machine operator, which requires lifting 40 lb and overhead work.",
        "Employer job description: position requires frequent overhead reaching.",
    ],
)
def test_job_demands_written_any_way_set_the_duty_level_against_them(job: str) -> None:
    assert _occ003("Work status: restricted to sedentary work.", job) == "met", job


def test_a_duty_level_with_no_job_demands_on_record_is_a_status_not_a_deficit() -> None:
    assert _occ003("Work status: restricted to sedentary work.", "DOI 3/17/2026.") == "missing"
