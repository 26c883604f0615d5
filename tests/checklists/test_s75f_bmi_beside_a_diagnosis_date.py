"""A diagnosis's date in a clause of its own does not date the BMI before it (brief s75-f,
a wording noticed while reading blind cases, BAR-001: a BMI of 35-40 with a comorbidity in the
last 12 months). "BMI 38.4, HTN dx 2019" read the BMI as one of 2019, as "OSA on CPAP since
2023" once did (blind wave 69, JB/bariatric-02; notes/finding_dates.onset_date). A date in the
BMI's own clause, or a diagnosis told with the BMI, keeps dating it."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status
from .test_judgement_s73d_bmi_dated_earlier import _HTN


def _bar001(said: str) -> str:
    note = _note("c1", "2026-06-01", f"Bariatric surgery consult\n{said}\nA/P: lap RYGB.")
    bundle = record("43644", note, _HTN, reason="E66.01")
    return status(bundle, "BAR-001", as_of=date(2026, 6, 16))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "BMI 38.4, HTN dx 2019",
        "BMI 38.4, HTN dx 2019.",
        "BMI 38.4, HTN (dx 2019)",
        "BMI 38.4, HTN diagnosed in 2019",
        "BMI 38.4, T2DM dx'd 3/2018",
        "BMI 41, DM2 dx 2015, OSA on CPAP since 2020",
    ],
)
def test_a_diagnosis_date_of_another_clause_leaves_the_bmi_today_s(said: str) -> None:
    assert _bar001(said) == "met", said


@pytest.mark.parametrize(
    "said",
    [
        "BMI 38.4 in 2019, HTN",
        "BMI 38.4 (2019), HTN",
        "BMI 38.4 (dx obesity 2019)",
        "BMI 38.4 when dx with HTN in 2019",
    ],
)
def test_a_date_of_the_bmi_s_own_clause_still_dates_it(said: str) -> None:
    assert _bar001(said) != "met", said
