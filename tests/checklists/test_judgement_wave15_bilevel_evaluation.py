"""A bi-level device asked for as the first PAP device needs the evaluation before the sleep test
(blind wave 15, AX/cpap-03). LCD L33718 covers an E0470 for a patient who meets E0601's criteria,
the in-person evaluation before the sleep test among them, and whose E0601 was tried and proven
ineffective. CPAP-003 let any E0470 count an evaluation before the order whatever the test's
date, meant for a switch after a CPAP trial; with no CPAP trial on record, an office visit after
the study is no evaluation before it (only a telephone call came before). Since blind wave 25 a
switch whose record shows only a call before the test is not met either."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-02-05", "occurrenceDateTime": "2026-02-20"}


def _encounter(ident: str, when: str, klass: str, text: str) -> dict:
    return {
        "resourceType": "Encounter",
        "id": ident,
        "status": "finished",
        "class": {"code": klass},
        "subject": {"reference": "Patient/p"},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
        "period": {"start": when, "end": when},
        "type": [{"text": text}],
    }


_AHI = {
    "resourceType": "Observation",
    "id": "ahi",
    "status": "final",
    "code": {"coding": [{"system": "http://loinc.org", "code": "69990-0"}], "text": "AHI"},
    "subject": {"reference": "Patient/p"},
    "effectiveDateTime": "2026-01-14",
    "valueQuantity": {"value": 34.0, "unit": "/h"},
}


def bilevel_item(item: str, *before_test: dict, follow_up: str) -> str:
    """``item``'s status for an E0470 ordered at a 2026-02-05 office visit (``follow_up`` its
    note) after ``before_test`` and a home test with AHI 34 (shared by waves 15 and 25)."""
    bundle = record(
        "E0470",
        *before_test,
        _AHI,
        _encounter("office", "2026-02-05", "AMB", "Office Visit"),
        _note("n2", "2026-02-05", follow_up),
        reason="G47.33",
        order_type="DeviceRequest",
        order=_ORDER,
    )
    report = score_bundle(bundle, as_of=date(2026, 2, 11))
    return {i["id"]: i for i in report["items"]}[item]["status"]


def _face_to_face(follow_up: str) -> str:
    return bilevel_item(
        "CPAP-003",
        _encounter("phone", "2025-12-03", "VR", "Telephone visit"),
        _note("n1", "2025-12-03", "TELEPHONE ENCOUNTER (audio only). Snoring, ESS 13."),
        follow_up=follow_up,
    )


def test_a_first_bilevel_needs_the_evaluation_before_the_sleep_test():
    text = "Sleep follow up. Reviewed PSG: AHI 34. Has not tried CPAP, wants BiPAP. Order bilevel."
    assert _face_to_face(text) != "met"


def test_a_switch_to_bilevel_after_a_cpap_trial_still_needs_the_evaluation_before_the_test():
    # Blind wave 25 (CK/cpap-03): with the call before the test on record, the switch's visit
    # does not make up for it (test_judgement_wave25_bilevel_remote_evaluation.py); a switch
    # with no contact before the test on record still counts the visit before the order.
    text = "Sleep follow up. Failed CPAP trial: could not tolerate CPAP at 10. Order bilevel."
    assert _face_to_face(text) != "met"
