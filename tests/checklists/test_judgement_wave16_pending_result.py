"""A test whose result is still pending is no result (blind wave 16, BC/inf-02). A QuantiFERON
DiagnosticReport 'preliminary' whose conclusion says 'Specimen received. Result pending.' met
INF-003 as the TB screening, while the only resulted test was 14 months old. FHIR R4 gives a
report or observation 'registered' when nothing is available yet and 'preliminary' / 'partial'
when some verified results are: a preliminary one that carries no value and says only that the
result is pending is the registration of a test, not its result. A preliminary report with a
value or a read ('Preliminary: negative') still counts."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import record

_QFT = {"coding": [{"system": "http://loinc.org", "code": "71773-6"}], "text": "QuantiFERON"}


def _report(status: str, **fields) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "dxr",
        "status": status,
        "code": _QFT,
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-07-08",
        **fields,
    }


def _observation(status: str, **fields) -> dict:
    return {**_report(status, **fields), "resourceType": "Observation", "id": "obs"}


def _tb_status(*resources: dict) -> str:
    bundle = record(
        "J1745",
        *resources,
        reason="K50.90",
        order={"authoredOn": "2026-07-09", "occurrenceDateTime": "2026-07-20"},
    )
    report = score_bundle(bundle, as_of=date(2026, 7, 9))
    return {i["id"]: i for i in report["items"]}["INF-003"]["status"]


def test_a_pending_result_is_no_tb_screening():
    pending = "Specimen received. Result pending."
    assert _tb_status(_report("preliminary", conclusion=pending)) != "met"
    assert _tb_status(_report("registered")) != "met"
    assert _tb_status(_report("partial", conclusion="Results pending")) != "met"
    assert _tb_status(_observation("preliminary")) != "met"
    assert _tb_status(_observation("registered", valueString="Pending")) != "met"
    assert _tb_status(_report("preliminary", conclusion="In process")) != "met"


def test_a_preliminary_result_with_its_value_counts():
    assert _tb_status(_report("preliminary", conclusion="Negative")) == "met"
    assert _tb_status(_observation("preliminary", valueString="Negative")) == "met"
    assert _tb_status(_report("final")) == "met"  # a final report: resulted, however terse
    assert _tb_status(_observation("final", valueString="Negative")) == "met"
