"""An FCE that finds the worker meets the job, found by blind wave 36 (ED/workrehab-03): a
work-conditioning request whose FCE read "Job: Sedentary (DOT). Demonstrated PDL: Light ...
Meets job demands" was met on a QuickDASH of 18 written at PT discharge two months earlier.
An FCE summary's "Job:" field gives the job's demand level, and an FCE whose capacity is at or
above it is the measure of function against the job: limits written before it no longer show
a deficit work conditioning would close; a limit written after it still does."""

from __future__ import annotations

import datetime as dt

from smartapp.evidence.demand_levels import capacity_meets_demand

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 10, 20)
PT = "PT d/c summary: 16 visits, tendon and nerve glides. Grip R 60 lb. QuickDASH 22."
FCE = "FCE SUMMARY: Job: Light (DOT). Demonstrated PDL: Medium. Meets job demands. Valid effort."


def _occ(*notes: dict) -> str:
    bundle = record("97545", *notes, reason="G56.01")
    return status(bundle, "OCC-003", as_of=AS_OF)["status"]


def test_an_fce_summarys_job_field_is_the_jobs_demand() -> None:
    assert capacity_meets_demand(FCE)
    assert not capacity_meets_demand("FCE: Job: Medium (DOT). Demonstrated PDL: Light.")


def test_limits_written_before_an_fce_that_meets_the_job_show_no_deficit() -> None:
    assert _occ(_note("n1", "2026-08-28", PT), _note("n2", "2026-10-09", FCE)) == "missing"


def test_without_the_fce_the_earlier_score_still_counts() -> None:
    assert _occ(_note("n1", "2026-08-28", PT)) == "met"


def test_a_limit_written_after_the_fce_still_counts() -> None:
    later = "Occ med f/u: now unable to lift >10 lb since a flare last week; QuickDASH 45."
    notes = (_note("n2", "2026-10-09", FCE), _note("n3", "2026-10-16", later))
    assert _occ(*notes) == "met"
