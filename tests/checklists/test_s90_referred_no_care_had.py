"""A referral told in the past with no date and no care of its own is no day of care (brief
s90-noticed1, item 1): "Referred to PT." of 6/2 and "Doing PT, no relief" of 7/20 made PT from 6/2
and met LMRI-003's six weeks, as "Refer PT." did before brief s67-i. A referral is care sent for,
not care had: the therapy began some time after it. The same statement's visits, weeks or words
of the care had still count ("seen by PT x6", "completed 6 wk PT"), and so does a referral's own
date, which left_at_evaluation weighs (left alone here).
"""

from __future__ import annotations

import pytest

from .test_s67i_referral_no_care_had import _lumbar_mri


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Referred to PT.", "Doing PT, no relief."),
        ("Was referred to physical therapy.", "In PT 2x/wk, no relief."),
        ("ref to physio.", "Doing PT, no relief."),
        ("PT referral placed.", "Doing PT, no relief."),
        ("Pt referred to PT for core strengthening.", "Going to PT, not helping."),
        ("Has been referred to physical therapy.", "PT ongoing, no better."),
        ("Referred to chiropractic.", "Seeing chiro, no relief."),
        ("Dx lumbar strain. Referred to PT.", "Doing PT, no relief."),
        ("PT referral sent.", "Doing PT, no relief."),
        ("Sent to PT.", "Doing PT, no relief."),
        ("Will be referred to PT.", "Doing PT, no relief."),
        ("Had been referred to PT.", "Doing PT, no relief."),
        ("Pt is being referred to physical therapy.", "Doing PT, no relief."),
    ],
)
def test_a_referral_told_undated_is_no_care_had(first: str, later: str) -> None:
    assert _lumbar_mri(first, later) != "met"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Seen by PT x6.", "Doing PT, no relief."),
        ("Completed 6 wk PT.", "PT done, no relief."),
        ("Referred to PT, seen x6.", "Doing PT, no relief."),
        ("Referred to PT, has done 8 visits.", "Doing PT, no relief."),
        ("Referred to PT, attended 2x/wk since.", "Doing PT, no relief."),
        ("Was referred to PT and has been going 2x/wk.", "Doing PT, no relief."),
        ("Doing PT 2x/wk; referred to ortho.", "Doing PT, no relief."),
        ("In PT, referred to pain mgmt.", "Doing PT, no relief."),
    ],
)
def test_care_had_still_counts(first: str, later: str) -> None:
    assert _lumbar_mri(first, later) == "met"
