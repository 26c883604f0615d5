"""A drug course a later note says was completed ran no longer than the course itself (brief
s67-c, the lead's class from stop 48: "completed" was not among care_begun's words of care
ended, so "Completed prednisone taper, no relief" ran from the plan's day to the later note, as
a drug still taken does, and made six weeks of a six-day taper). "Finished" already ended it. A
drug still taken, beside a course of other care completed in its own statement, still runs.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave28_plan_taken import _lumbar_mri


@pytest.mark.parametrize(
    ("plan", "later"),
    [
        ("start prednisone 20 mg daily taper.", "Completed prednisone taper, no relief."),
        ("start Medrol dosepak.", "completed the Medrol dosepak - minimal relief."),
        ("start prednisone 20 mg daily taper.", "Prednisone taper completed, pain unchanged."),
        ("start prednisone 20 mg daily taper.", "Finished prednisone taper, no relief."),
        ("start methylprednisolone dose pack.", "Methylprednisolone completed 6/8, no help."),
        ("start cyclobenzaprine 5 mg qhs x 10 days.", "Completed course of cyclobenzaprine."),
    ],
)
def test_a_drug_course_completed_runs_no_longer_than_itself(plan: str, later: str) -> None:
    assert _lumbar_mri(plan, later) != "met"


@pytest.mark.parametrize(
    ("plan", "later"),
    [
        ("start meloxicam 15 mg daily.", "Taking meloxicam daily, no relief."),
        ("start meloxicam 15 mg daily.", "Still on meloxicam, no relief. Completed 3 PT visits."),
        ("start meloxicam 15 mg daily.", "Has been on meloxicam 15 mg, not helping."),
    ],
)
def test_a_drug_still_taken_still_runs_from_the_plan(plan: str, later: str) -> None:
    assert _lumbar_mri(plan, later) == "met"
