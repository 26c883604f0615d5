""" "PT 2w6" (twice a week for six weeks) is six weeks of therapy in conservative-care counting,
as "PT 2x/wk x 6 wk" is (brief s90-noticed1, item 2); standing alone as an order with nothing
said of it having run, it is therapy prescribed that day, its weeks to come (planned_therapy's
ordered_frequency, which reads the shorthand as it reads "2x/wk x 6 wks").
"""

from __future__ import annotations

import pytest

from .test_s67i_referral_no_care_had import _lumbar_mri


@pytest.mark.parametrize(
    "later",
    [
        "Completed PT 2w6, no relief.",
        "Completed PT 2x/wk x 6 wk, no relief.",
        "Did PT 2x6, no relief.",
        "PT 1w2, 2w4 completed, no relief.",
    ],
)
def test_six_weeks_of_therapy_had(later: str) -> None:
    assert _lumbar_mri("", later) == "met"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("", "Completed PT 2w2, no relief."),
        ("", "Completed PT 3x4, no relief."),
        ("", "PT 2w6."),
        ("", "PT 2w6 then reassess."),
        ("", "Ordered PT 2w6."),
        ("", "Plan: PT 2w6."),
        ("", "Refer PT 2w6."),
        ("", "Declined PT 2w6."),
        ("", "Mother did PT 2w6, no relief."),
        ("PT 2w6 ordered.", "Doing PT, no relief."),
    ],
)
def test_weeks_short_or_to_come_are_not_met(first: str, later: str) -> None:
    assert _lumbar_mri(first, later) != "met"
