"""A joint injection coded without a site, whose own words name the other side (blind wave 44,
FL/hya-03): a CPT 20610 Procedure with no bodySite is presumed the ordered knee's, and that
presumption yields to the procedure's annotation (or that day's note) naming only the other
knee. Words naming the ordered side, both, or no side leave it standing; so does a bilateral
order, which either knee's injection serves."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_OA = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "M17.11"}]},
    "onsetDateTime": "2022-05-01",
}


def _shot(annotation: str | None) -> dict:
    procedure = {
        "resourceType": "Procedure",
        "id": "shot",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "20610"}],
                 "text": "Arthrocentesis, major joint"},
        "performedDateTime": "2025-09-22",
    }  # fmt: skip
    if annotation:
        procedure["note"] = [{"text": annotation}]
    return procedure


def _hya003(annotation: str | None, day_note: str | None = None, site: str = "Right knee") -> str:
    notes = [_note("visit", "2025-09-22", day_note)] if day_note else []
    request = {
        "authoredOn": "2026-02-10",
        "occurrenceDateTime": "2026-02-24",
        "bodySite": [{"text": site}],
    }
    reason = {"Right knee": "M17.11", "Both knees": "M17.0"}[site]
    bundle = record("J7325", _OA, _shot(annotation), *notes, reason=reason, order=request)
    report = score_bundle(bundle, as_of=date(2026, 2, 17))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


def test_the_unsided_injections_own_words_naming_the_other_knee_are_not_this_knees():
    assert _hya003("L knee: 40 mg Kenalog injected, tolerated well") != "met"
    assert _hya003(None, "Procedure: left knee intra-articular steroid injection today.") != "met"


def test_words_naming_this_knee_both_or_none_leave_the_injection_standing():
    assert _hya003(None) == "met"
    assert _hya003("R knee: 40 mg Kenalog injected, tolerated well") == "met"
    assert _hya003("Knee injected with 40 mg Kenalog, tolerated well") == "met"
    assert _hya003("Bilateral knees injected with 40 mg Kenalog each") == "met"


def test_a_bilateral_order_is_served_by_either_knees_injection():
    assert _hya003("L knee: 40 mg Kenalog injected, tolerated well", site="Both knees") == "met"
