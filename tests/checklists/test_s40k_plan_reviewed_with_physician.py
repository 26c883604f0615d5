"""A home health plan of care is the certifying practitioner's (HHC-004, ``signed_by``): an agency
therapist's recertification summary that states the next period's plan counts when it records
the plan reviewed with the physician by name and signed ("Updated POC ... reviewed with Dr. Oduya
by phone 3/27, signed 3/28"), as HHC-006 reads the same review (signers.by_role). The therapist's
own plan with no such review stays the therapist's."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-03-28", "occurrenceDateTime": "2026-04-02"}
_THERAPIST = {
    "resourceType": "Practitioner",
    "id": "agency-pt",
    "name": [{"given": ["Lena"], "family": "Marsh", "suffix": ["PT"]}],
}
_LAPSED = {
    "resourceType": "CarePlan",
    "id": "first-period",
    "status": "completed",
    "intent": "plan",
    "subject": {"reference": "Patient/p"},
    "title": "Home health plan of care - period 1",
    "description": "PT 2w4, 1w4. Goals: walk 100 ft with cane.",
    "period": {"start": "2026-02-01", "end": "2026-04-01"},
    "created": "2026-02-01",
}


def _hhc004(text: str) -> str:
    summary = _note("summary", "2026-03-26", text,
                    extra={"author": [{"reference": "Practitioner/agency-pt"}]})  # fmt: skip
    bundle = record("G0151", _THERAPIST, _LAPSED, summary, reason="S72.001D", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 3, 30))
    return {i["id"]: i for i in report["items"]}["HHC-004"]["status"]


_PLAN = (
    "HH PT RECERT SUMMARY\nGait 60 ft -> 140 ft with cane.\n"
    "Next period POC (cert 4/2-5/31): PT 2x/wk x 3 wks then 1x/wk x 5 wks. Goals: community "
    "distances with cane.\n"
)


def test_a_recert_plan_reviewed_with_the_physician_and_signed_is_the_practitioner_s() -> None:
    assert _hhc004(_PLAN + "POC reviewed with Dr. Oduya by phone 3/27, signed 3/28/2026.") == "met"


def test_the_therapist_s_own_plan_without_that_review_is_not() -> None:
    assert _hhc004(_PLAN + "Will send POC to physician for signature.") != "met"
