"""CPAP-003: the in-person sleep evaluation before the test is the practitioner's, not the
sleep test's own history (LCD L33718)."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.golden import build_bundle
from smartapp.scoring import score_bundle


def test_the_sleep_reports_indication_is_no_evaluation_before_the_test():
    # The orderer's only in-person visit before the test was for bronchitis; the sleep symptoms
    # before the test are in the sleep study report's indication, written by the sleep lab.
    bundle = build_bundle({
        "service_request": {"code": "E0601", "requester_npi": "1234567893",
                            "authored": "2026-02-12", "occurrence": "2026-03-08",
                            "reason": ["icd10:G47.33"]},
        "encounters": [{"code": "cpt:99213", "date": "2024-03-11", "with_requester": True},
                       {"code": "cpt:99214", "date": "2026-02-12", "with_requester": True}],
        "procedures": [{"code": "hcpcs:G0399", "date": "2026-01-06"}],
        "reports": [{"code": "local:hsat", "text": "Home sleep apnea test", "date": "2026-01-06"}],
        "notes": [{"date": "2024-03-11", "text": "Acute bronchitis. Exam: scattered rhonchi."}],
    })  # fmt: skip
    report = next(e["resource"] for e in bundle["entry"]
                  if e["resource"]["resourceType"] == "DiagnosticReport")  # fmt: skip
    report["conclusion"] = (
        "Indication: loud snoring, witnessed apneas, excessive daytime sleepiness, Epworth 15. "
        "AHI 24 per hour, moderate obstructive sleep apnea."
    )
    scored = score_bundle(bundle, service="E0601", as_of=date(2026, 3, 1))
    status = {i["id"]: i["status"] for i in scored["items"]}
    assert status["CPAP-001"] == "met"
    assert status["CPAP-003"] == "partial"
