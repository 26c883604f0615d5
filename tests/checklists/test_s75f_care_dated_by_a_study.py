"""A study dated in a later clause of the care's statement does not date the care (brief s75-f,
a wording noticed while reading blind cases, LMRI-003: six weeks of care in the last 3 months).
"PT x 6 wks in 2024, MRI 2/10/26 showed L4-5 HNP" read the PT as given up to February 2026: the
statement names one modality, so all its dates were the PT's (care_parts._before_study). The
PT's own words still date it; with none it is undated care, as "PT x 6 wks" alone is."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _lmri_003(said: str) -> str:
    text = f"Back pain f/u.\nHPI: LBP x 4 mo. {said}\nA/P: MRI."
    bundle = record("72148", _note("n1", "2026-02-20", text), reason="M54.16")
    return status(bundle, "LMRI-003", as_of=date(2026, 3, 1))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "PT x 6 wks in 2024, MRI 2/10/26 showed L4-5 HNP.",
        "PT x 6 wks in 2024; MRI 2/2026 showed HNP.",
        "PT x 6 wks last fall, MRI 2/10/26 showed HNP.",
        "PT last year x 6 wks, MRI 1/26 showed HNP.",
        "PT last year, MRI 3/25 showed L4-5 HNP.",
        "PT x 6 wks 2024 - MRI 2/10/26 showed HNP.",
    ],
)
def test_care_of_another_time_is_not_dated_by_the_study(said: str) -> None:
    assert _lmri_003(said) != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "PT x 6 wks ending 2/1/26, MRI 2/10/26 showed HNP.",
        "PT x 6 wks, MRI 2/10/26 showed L4-5 HNP.",
        "PT 12/15/25-1/30/26, MRI 2/10/26 showed HNP.",
    ],
)
def test_care_dated_by_its_own_words_still_counts(said: str) -> None:
    assert _lmri_003(said) == "met", said
