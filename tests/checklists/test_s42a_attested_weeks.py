"""Weeks of care a letter of medical necessity or a ticked prior-authorisation box claims, with
no date of their own, are no care of that length (attested_care.py): blind waves 46-47
(FW/spine-02, FX/hip-arthroplasty-02, FV/shoulder-arthroplasty-02) were called ready on a
letter's "failed 3+ months of conservative care", counted back from the letter's day, where the
dated notes showed seven to eleven weeks. The same words in the surgeon's own consult are still
the history of the care.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_LISTHESIS = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M43.16"}]},
    "onsetDateTime": "2026-01-02",
}


def _fusion_status(summary: str) -> str:
    """SPS-009 (three months of conservative care) for care from 1/12 documented by dates,
    beside ``summary`` written on 3/20."""
    first = _note(
        "v1",
        "2026-01-12",
        "Spine clinic new visit 1/12/26. LBP with L leg pain since 1/2/26 after moving a "
        "couch. Exam: SLR + L at 50 deg.\nPlan: PT 2x/wk, naproxen 500 mg BID.",
    )
    therapy = _note(
        "v2",
        "2026-03-04",
        "PT discharge summary 3/4/26: 12 visits 1/15/26-3/3/26, leg pain unchanged 6/10.",
    )
    claim = _note("v3", "2026-03-20", summary)
    request = {"authoredOn": "2026-03-20", "occurrenceDateTime": "2026-04-09"}
    bundle = record("22630", _LISTHESIS, first, therapy, claim, reason="M43.16", order=request)
    report = score_bundle(bundle, as_of=date(2026, 3, 25))
    return {i["id"]: i for i in report["items"]}["SPS-009"]["status"]


@pytest.mark.parametrize(
    "summary",
    [
        "LETTER OF MEDICAL NECESSITY\nTo: Utilization Management\nMr. Pruitt has failed more "
        "than 3 months of conservative treatment including PT and NSAIDs. We request L4-5 TLIF.",
        "PRIOR AUTHORIZATION REQUEST - SPINE SURGERY\nProcedure: 22630\n[X] Failed conservative "
        "treatment >= 3 months (PT / NSAIDs)\n[ ] Active smoker",
    ],
)
def test_weeks_an_attestation_claims_are_not_counted_back_as_care(summary: str) -> None:
    assert _fusion_status(summary) != "met"


def test_the_surgeons_own_history_of_the_weeks_still_counts() -> None:
    consult = (
        "SPINE CONSULT 3/20/26\nHPI: L leg pain. Has failed more than 3 months of conservative "
        "treatment including PT and NSAIDs.\nA/P: L4-5 TLIF."
    )
    assert _fusion_status(consult) == "met"
