"""A denial of care limited to this clinic does not take back care had elsewhere (blind wave
90, MF/bariatric-03): a bariatric consult's "No dietitian program here." of 9/8 beside faxed
PCP records of 9/3 listing six monthly weight management visits (1/2026-6/2026) was read as a
newer note denying the program (finding_dates.newest_wins), and BAR-003 was called missing.
A plain denial, or one that reaches elsewhere too, still takes the older mention back."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from smartapp.checklists.denied_here import denied_here_only

from .test_judgement import _note, record, status

FAX = (
    "FAX COVER: Prairie Family Medicine -> Bariatric Surgery, 5 pages.\n"
    "Weight management visits (Dr. E. Lindgren): 01/06/2026 wt 318 lb; 02/03 314; 03/03 311;"
    " 04/07 309; 05/05 310; 06/02 307.\n"
    "Each visit: 1500 kcal plan, food diary reviewed, behavioral counseling; lost 11 lb over"
    " 6 mo, plateau."
)


def _bar003(consult: str) -> str:
    bundle = record(
        "43644",
        _note("fax", "2026-09-03", FAX),
        _note("n1", "2026-09-08", f"Bariatric surgery new pt. BMI 52.3. {consult}"),
        reason="E66.01",
        order={"authoredOn": "2026-09-08"},
    )
    return status(bundle, "BAR-003", as_of=date(2026, 9, 9))["status"]


@pytest.mark.parametrize(
    "consult",
    [
        "Keto on her own, phentermine from a med spa 2023. No dietitian program here.",
        "No weight management program at this clinic.",
        "Has not seen our dietitian.",
        "No dietitian visits in our system; will request PCP records.",
        "No supervised weight loss program through our office.",
    ],
)
def test_a_denial_of_this_clinic_s_care_leaves_the_outside_program(consult: str) -> None:
    assert _bar003(consult) == "met", consult


@pytest.mark.parametrize(
    "consult",
    [
        "No dietitian program.",  # a plain denial, newer than the fax
        "Never saw a dietitian, here or anywhere else.",  # reaches elsewhere too
        "Denies any weight management program; here today for a bariatric consult.",
    ],
)
def test_a_plain_denial_still_takes_the_older_program_back(consult: str) -> None:
    assert _bar003(consult) != "met", consult


def _finding(snippet: str, text: str, negated: bool = True) -> SimpleNamespace:
    return SimpleNamespace(snippet=snippet, text=text, negated=negated)


def test_which_denials_are_of_this_place_only() -> None:
    assert denied_here_only(_finding("No dietitian program here.", "dietitian"))
    assert denied_here_only(_finding("No PT at this office.", "PT"))
    assert denied_here_only(_finding("Not enrolled in our weight management program.",
                                     "weight management"))  # fmt: skip
    assert not denied_here_only(_finding("No dietitian program.", "dietitian"))
    assert not denied_here_only(_finding("No PT here or elsewhere.", "PT"))
    assert not denied_here_only(_finding("No PT, here for knee pain.", "PT"))
    assert not denied_here_only(_finding("Did PT here.", "PT", negated=False))
