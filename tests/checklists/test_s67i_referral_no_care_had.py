"""A referral asked for at a visit is no care had (brief s67-i, the lead's class noticed by
s67-c): "Refer PT." of 6/2 and "Doing PT, no relief" of 7/20 made PT from 6/2 and met LMRI-003's
six weeks, though the therapy began some time after the referral. Care the referral's statement
says was had, or dated care of its own, still counts (left_at_evaluation.only_referred).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave28_plan_taken import _DISC

_EXAM = "57M LBP + R leg pain since late May. Exam: SLR + R 40 deg. "


def _lumbar_mri(first: str, later: str) -> str:
    one = _note("n1", "2026-06-02", _EXAM + first)
    two = _note("n2", "2026-07-20", f"F/u LBP. {later} Exam: SLR + R.")
    order = {"authoredOn": "2026-07-20", "occurrenceDateTime": "2026-07-30"}
    bundle = record("72148", _DISC, one, two, reason="M51.16", order=order)
    report = score_bundle(bundle, as_of=date(2026, 7, 22))
    return {i["id"]: i for i in report["items"]}["LMRI-003"]["status"]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Refer PT.", "Doing PT, no relief."),
        ("Will refer PT.", "In PT 2x/wk, no relief."),
        ("Will refer to physical therapy.", "Going to PT, not helping."),
        ("refer to PT", "PT ongoing, no better."),
        ("Referral to PT.", "Doing PT, no relief."),
        ("Plan to refer to chiropractic.", "Seeing chiro, no relief."),
        ("Ref PT.", "Doing PT, no relief."),
        ("REFER PT. F/u 6 wks.", "PT helping a little."),
        ("Refer pt to PT.", "Doing PT, no relief."),
    ],
)
def test_a_referral_asked_for_is_no_care_had(first: str, later: str) -> None:
    assert _lumbar_mri(first, later) != "met"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Doing PT 2x/wk.", "Doing PT, no relief."),
        ("Referred to PT 5/1, has done 8 visits.", "Doing PT, no relief."),
    ],
)
def test_care_had_still_counts(first: str, later: str) -> None:
    assert _lumbar_mri(first, later) == "met"
