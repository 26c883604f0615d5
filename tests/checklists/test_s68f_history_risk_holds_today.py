"""A chronic risk factor in today's history list holds today (blind wave 72, JM/cardiac-03).

A 1/12/26 cardiology note's "PMH: HTN (dx 2020), prediabetes, current smoker 10 cig/d" was dated
2020 by the diagnosis year and found only outside CARD-002's 365 days: a false "missing". A
diagnosis's date ("dx 2020", "diagnosed 2019", "dx'd w/ ... in 2018") says when the condition
began, not that it ended; LCD L35083's risk factors (hypertension, diabetes, lipids, smoking) are
read as they stand at the visit. "Current smoker" is the smoking risk factor too. A history of a
symptom with its own date stays an episode (test_judgement_wave19_dated_history), and a
relative's hypertension, a quit of 2005 told as resolved, or a risk denied is still no risk.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _risk(text: str) -> str:
    # R07.9 (chest pain) is no coded risk factor: only the note can answer.
    bundle = record("75574", _note("n1", "2026-02-20", text), reason="R07.9")
    return status(bundle, "CARD-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "PMH: HTN (dx 2020), prediabetes.",
        "PMH: HTN (dx 2020), prediabetes, current smoker 10 cig/d.",
        "Past medical history: hyperlipidemia - diagnosed 2018, on atorvastatin.",
        "PMHx: DM2 dx'd 2015 (A1c 7.9).",
        "Hx: hypertension, dx 3/2019, on lisinopril.",
        "PMH: HLD (diagnosed in 2017).",
        "PMH: prediabetes, current smoker 1 ppd.",
        "Social: active smoker, 1/2 ppd x 20 yrs.",
    ],
)
def test_a_risk_factor_in_todays_history_holds(text: str) -> None:
    assert _risk(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "PMH: none. FHx: mother - HTN (dx 2020).",
        "Denies HTN, DM, smoking.",
        "Never smoker. No known HTN or diabetes.",
    ],
)
def test_no_risk_of_the_patient_stays_missing(text: str) -> None:
    assert _risk(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "FHx: father - MI age 49.",
        "Family hx: brother had a stent at 51.",
        "Father had a heart attack at 48.",
        "FH: dad CABG @ 52, mom DM.",
        "Family history: mother - NSTEMI (age 50).",
        "Strong family hx of early CAD in father.",
    ],
)
def test_a_relatives_premature_coronary_disease_is_a_risk(text: str) -> None:
    assert _risk(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "FHx: father - MI age 78.",
        "FHx: mother - stroke, HTN.",
        "No family history of premature CAD.",
        "Family history: brother on lisinopril at 45, father with knee OA.",
    ],
)
def test_a_relatives_late_or_other_disease_is_none(text: str) -> None:
    assert _risk(text) != "met", text
