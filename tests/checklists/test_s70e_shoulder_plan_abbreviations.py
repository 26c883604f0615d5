"""Blind wave 75: a shoulder replacement planned in the surgeon's shorthand (TSA-005).

KA/surgery-shoulder-arthroplasty-02 ("Plan L aTSA.") and -03 ("R aTSA. Expect pain relief.")
named no shoulder plan: the concept read TSA, rTSA and RTSA but not the anatomic "aTSA", so a
plan written the way surgeons type it was searched for and not found. The letters the
arthroplasty's kind or side are glued to (aTSA, ATSA, aTSR, rTSR, LTSA, RTSA, as RTKA / LTKA and
RTHA / LTHA are the knee's and hip's), the reverse shoulder arthroplasty's RSA, and the joint's
own "total shoulder" ("anatomic total shoulder", "L total shoulder") are the same plan. Each
names the glenohumeral joint, so a plan of the other shoulder is no plan of this one.

A replacement only discussed and declined, one the patient "may eventually need", and a
hemiarthroplasty done years ago are no plan.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _left_shoulder_plan(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("23472", note, reason="M19.012"), "TSA-005")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "L shoulder OA - failed PT/CSI x2/NSAID. ASES 28. BMI 27. Plan L aTSA.",
        "A/P: L glenohumeral OA. Discussed options. L aTSA. Expect pain relief.",
        "Assessment: L GH OA, cuff intact on MRI.\nPlan: ATSA left 3/10, expect improved ER.",
        "P: L-aTSA, anticipate pain relief and better sleep.",
        "S: L shoulder pain 2 yrs. O: FF 90, cuff 5/5. A: L GH OA. P: aTSR L, 23h obs.",
        "Plan LTSA 3/10/26. Goal pain relief.",
        "A/P: L cuff tear arthropathy, pseudoparalysis. Proceed L RSA 3/10.",
        "Plan: L rTSR (cuff deficient). Expect overhead reach.",
        "Plan: proceed with L anatomic total shoulder; expect reliable pain relief.",
        "Plan: L total shoulder 3/10, expect improved ROM.",
        "pln: L atsa, expect pain relief",
    ],
)
def test_a_shoulder_replacement_in_shorthand_is_the_plan(text: str) -> None:
    assert _left_shoulder_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        # discussed and declined
        "A/P: L GH OA. Discussed L aTSA, pt declined.",
        "A/P: L GH OA. Pt not interested in aTSA at this time; will repeat injection.",
        # only perhaps, some day
        "A/P: L GH OA. May eventually need aTSA; continue HEP and meloxicam.",
        # done years ago
        "HPI: s/p L hemiarthroplasty 2015, now painful. A/P: L shoulder pain, XR ordered.",
        # the other shoulder's
        "HPI: s/p L aTSA 2024 doing well. A/P: R GH OA. Plan R aTSA 4/2026.",
        "A/P: R GH OA. Plan R RSA 4/2026.",
        "A/P: R GH OA. Plan R anatomic TSA 4/2026.",
        # a knee's, not a shoulder's
        "A/P: L knee OA. Plan L total knee 4/2026.",
    ],
)
def test_no_shoulder_plan_of_this_shoulder(text: str) -> None:
    assert _left_shoulder_plan(text) != "met"
