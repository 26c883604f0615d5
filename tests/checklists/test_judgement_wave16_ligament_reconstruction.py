"""A cruciate ligament reconstruction for a cruciate tear needs no failed trial of conservative
care, however old the tear (blind wave 16, BD/kas-03). KAS-003 waived it only for a cruciate
tear coded in the last 6 weeks, so an ACL tear from June 2025 whose reconstruction was deferred
through a pregnancy was judged on its prehab PT, most of which fell before the 12-month window.
An ACL reconstruction is decided by instability (Lachman, pivot shift), with prehabilitation
before it; a meniscectomy in a knee with an old ACL tear still needs its trial."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_ORDER = {"authoredOn": "2026-08-25", "occurrenceDateTime": "2026-09-15"}
_VISIT = (
    "Ortho return visit. Continued giving-way with pivoting, buckled on stairs twice. "
    "EXAM R knee: Lachman 3+ soft endpoint, pivot shift 2+. Prior MRI 7/2025 R ACL tear. "
    "PLAN: R knee arthroscopy, ACL reconstruction BTB autograft."
)


def _tear(code: str, onset: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": "tear",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}], "text": "R knee tear"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "onsetDateTime": onset,
    }


def _kas003(service: str, code: str, onset: str = "2025-06-28") -> str:
    bundle = record(
        service, _tear(code, onset), _note("n1", "2026-08-25", _VISIT), reason=code, order=_ORDER
    )
    report = score_bundle(bundle, as_of=date(2026, 9, 1))
    return {i["id"]: i for i in report["items"]}["KAS-003"]["status"]


def test_an_old_acl_tear_reconstructed_needs_no_failed_trial():
    assert _kas003("29888", "S83.511D") == "not_applicable"
    assert _kas003("29889", "S83.521A") == "not_applicable"  # a PCL reconstruction


def test_a_meniscectomy_beside_an_old_acl_tear_still_needs_its_trial():
    assert _kas003("29881", "S83.511D") != "not_applicable"
    assert _kas003("29888", "S83.241A") != "not_applicable"  # a meniscal tear is no ligament's
