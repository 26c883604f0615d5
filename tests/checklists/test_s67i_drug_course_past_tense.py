"""A drug course a later note tells in the past tense is over: it ran no longer than itself
(brief s67-i, the lead's class after s67-c's "completed": "Took prednisone taper, no relief" of a
later note ran from the plan's day to that note, as a drug still taken does, and met LMRI-003's
six weeks with a six-day taper). A drug still taken ("Taking", "Has been taking"), or one taken
on a schedule the follow-up looks back on ("Took meloxicam daily"), still runs from the plan
(care_begun._said_ended).
"""

from __future__ import annotations

import pytest

from .test_judgement_wave28_plan_taken import _lumbar_mri


@pytest.mark.parametrize(
    ("plan", "later"),
    [
        ("start prednisone 20 mg daily taper.", "Took prednisone taper, no relief."),
        ("start Medrol dosepak.", "Took the Medrol dosepak without improvement."),
        ("start prednisone 20 mg daily taper.", "Pt took prednisone taper - minimal relief."),
        ("start meloxicam 15 mg daily.", "Tried meloxicam, no relief."),
        ("start meloxicam 15 mg daily.", "Was on meloxicam, did not help."),
        ("start cyclobenzaprine 5 mg qhs.", "had taken cyclobenzaprine, no better"),
        ("start methylprednisolone dose pack.", "TRIED MEDROL DOSE PACK W/O RELIEF."),
        ("start prednisone 20 mg daily taper.", "Took prednisone 20 mg daily taper, no help."),
    ],
)
def test_a_drug_course_told_in_the_past_tense_runs_no_longer_than_itself(
    plan: str, later: str
) -> None:
    assert _lumbar_mri(plan, later) != "met"


@pytest.mark.parametrize(
    ("plan", "later"),
    [
        ("start meloxicam 15 mg daily.", "Takes meloxicam daily, no relief."),
        ("start meloxicam 15 mg daily.", "Has been taking meloxicam, no relief."),
        ("start meloxicam 15 mg daily.", "Taking meloxicam daily, no relief."),
        ("start meloxicam 15 mg daily.", "Took meloxicam daily as prescribed, no relief."),
    ],
)
def test_a_drug_still_taken_still_runs_from_the_plan(plan: str, later: str) -> None:
    assert _lumbar_mri(plan, later) == "met"
