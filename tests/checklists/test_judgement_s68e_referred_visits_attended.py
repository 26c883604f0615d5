"""A therapy referral's schedule is no care had; the visits attended bound it (brief s68-e).

A PT discharge summary that opens with what the referral set ("Referred for 12 visits 2x/wk
starting 3/9") tells the plan the patient was sent with, not twelve visits nor seven weeks of
therapy; the attendance it reports ("Attended 3 (3/9, 3/11, 3/18); no-show 3/23, 3/25, 4/1,
4/6", "attended 3 of 12") is the care had, and three visits then a discharge for
non-attendance are no completed course of acute therapy (blind wave 72,
JM/occupational-work-rehab-02). A later visit's 'States she "did PT"' adds no visit. A
summary whose attendance makes a course ("Attended 11 of 12", "0 no-shows") still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_LATER = (
    "OCC MED f/u 5/12/2026\nS: R shoulder strain at work 2/17/2026 stocking shelves. "
    'States she "did PT" but transportation problems. Off work.'
)


def _occ(summary: str) -> str:
    notes = [
        _note("n1", "2026-04-30", summary),
        _note("n2", "2026-05-12", _LATER),
    ]
    strain = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S46.011D"}]},
        "onsetDateTime": "2026-02-17",
    }
    request = {"authoredOn": "2026-05-12", "occurrenceDateTime": "2026-05-26"}
    bundle = record("97750", strain, *notes, reason="S46.011D", order=request)
    report = score_bundle(bundle, as_of=date(2026, 5, 18))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


@pytest.mark.parametrize(
    "summary",
    [
        "PT DISCHARGE SUMMARY: Referred for 12 visits 2x/wk starting 3/9. Attended 3 (3/9, "
        "3/11, 3/18); no-show 3/23, 3/25, 4/1, 4/6; cancelled 3/30. Discharged for "
        "non-attendance. Goals not met.",
        "PT Discharge Summary\nPt attended 3 of 12 visits. No-show x4. D/c for non-attendance.",
        "Physical Therapy Discharge Note: referred for 12 visits (2x/wk x 6 wks) beginning 3/9. "
        "Visits attended: 3. No-showed 4 times; discharged per attendance policy.",
        "PT D/C SUMMARY: Authorized 12 visits starting 3/9/26. Attended 3 (3/9, 3/11, 3/18), "
        "then no-show x4. Discharged - nonattendance.",
        "PT discharge summary - referral 2x/wk x 6 wks from 3/9. Attended 3 of 12; 4 no-shows. "
        "Goals not met, d/c'd per attendance policy.",
        "OT DISCHARGE SUMMARY: Ordered for 12 visits 2x/wk starting 3/9. Attended 3 (3/9, 3/11, "
        "3/18); no show x 4. Discharged for non attendance.",
        "PT discharge summary 4/30/26\nReferred for 12 visits, 2x/wk, starting 3/9/2026.\n"
        "Attended: 3 of 12 (3/9, 3/11, 3/18)\nNo-shows: 4\nReason for d/c: non-attendance",
        "PT DC SUMMARY: Pt attended 3 out of 12 scheduled visits (3/9-3/18), no-showed x4, "
        "discharged from PT for non-attendance.",
    ],
)
def test_a_referral_s_visits_are_not_the_visits_attended(summary: str) -> None:
    assert _occ(summary) != "met"


@pytest.mark.parametrize(
    "summary",
    [
        "PT DISCHARGE SUMMARY: Referred for 12 visits 2x/wk starting 3/9. Attended 11 of 12 "
        "(3/9-4/22), 1 no-show. Goals partially met, plateaued; not at full duty.",
        "PT Discharge Summary: Attended 12 of 12 visits 3/9-4/20. 0 no-shows. Plateaued.",
        "PT DISCHARGE SUMMARY: Visits attended 10 of 12 (3/9-4/17). Goals not met.",
        "PT discharge summary: 12 visits 3/9-4/22, completed course, plateaued.",
    ],
)
def test_a_course_attended_still_counts(summary: str) -> None:
    assert _occ(summary) == "met"
