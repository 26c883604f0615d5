"""A drug on a medication list marked not taken is no care on that list's day (blind wave 25).

CK/hip-03, a total hip arthroplasty: the last visit's medication list read "tramadol 50 mg q6h
PRN (not taking)" and the report cited it as conservative care; the reviewer: 'tramadol never
taken'. A listed drug counts as taken on the list's day, so a later list's entry stretched an
episode to that day whatever its remark said. The remark that it is not taken ("(not taking)",
Epic's "(Patient not taking: Reported 5/1/2026)", "never filled") says there was no course.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _hip(remark: str) -> str:
    first = _note(
        "n1",
        "2026-02-02",
        "S: 60F L hip pain 5 months, worse with stairs. No treatment so far.\n"
        "A/P: L hip OA. Start naproxen 500 mg BID. PT referral.",
    )
    therapy = _note(
        "n2",
        "2026-03-23",
        "PT discharge: 10 visits 2/9-3/20, no change in pain. Naproxen since 2/2, stopped 3/15 "
        "(GI upset).",
    )
    last = _note(
        "n3",
        "2026-05-11",
        "Ortho f/u\nCurrent Outpatient Medications: lisinopril 10 mg daily; tramadol 50 mg q6h "
        f"PRN {remark}.\nHPI: L hip pain, walks 1 block, cannot put on socks.\n"
        "A/P: Severe L hip OA. Plan L THA.",
    )
    order = {"authoredOn": "2026-05-11", "occurrenceDateTime": "2026-06-01"}
    bundle = record("27130", first, therapy, last, reason="M16.12", order=order)
    report = score_bundle(bundle, as_of=date(2026, 5, 12))
    return {i["id"]: i for i in report["items"]}["THA-002"]["status"]


@pytest.mark.parametrize(
    "remark", ["(not taking)", "(Patient not taking: Reported 5/1/2026)", "(never filled)"]
)
def test_a_drug_listed_as_not_taken_is_no_care(remark: str) -> None:
    assert _hip(remark) != "met"


def test_a_drug_listed_as_taken_still_counts() -> None:
    # The near miss: the same entry taken is the drug that day.
    assert _hip("(taking daily)") == "met"
