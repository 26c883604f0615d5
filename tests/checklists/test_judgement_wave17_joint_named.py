"""A procedure code that covers many joints counts only for the joint its record names (blind
wave 17, BG/hya-03). CPT 20610's descriptor lists examples, "major joint or bursa (eg, shoulder,
hip, knee, subacromial bursa)": a 2024 triamcinolone injection charted with bodySite "Right
shoulder (subacromial)" was read as shoulder, hip and knee at once, so it met HYA-003's prior
knee steroid injection for a knee hyaluronan request. The examples in a descriptor name no site;
the bodySite (or the record's own words) does."""

from __future__ import annotations

from datetime import date

from smartapp.evidence.resources import evidence_of
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_DESCRIPTOR = (
    "Arthrocentesis, aspiration and/or injection, major joint or bursa (eg, shoulder, hip, knee, "
    "subacromial bursa); without ultrasound guidance"
)
_ORDER = {
    "authoredOn": "2026-03-02",
    "occurrenceDateTime": "2026-03-16",
    "bodySite": [{"text": "Left knee"}],
}


def _injection(site: str | None, code: str = "20610", display: str = _DESCRIPTOR) -> dict:
    resource = {
        "resourceType": "Procedure",
        "id": "csi",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {
            "coding": [
                {"system": "http://www.ama-assn.org/go/cpt", "code": code, "display": display}
            ]
        },
        "performedDateTime": "2025-10-08",
    }
    if site:
        resource["bodySite"] = [{"text": site}]
    return resource


def _hya003(procedure: dict) -> str:
    visit = _note("n1", "2026-03-02", "L knee OA, KOOS JR 52. Plan: hyaluronan L knee.")
    bundle = record("J7328", procedure, visit, reason="M17.12", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 3, 6))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


def test_an_injection_of_another_joint_under_a_many_joint_code_is_not_this_knee():
    for site in ("Right shoulder (subacromial)", "R subacromial bursa", "Left hip"):
        assert _hya003(_injection(site)) != "met", site


def test_an_injection_of_this_knee_or_of_no_named_joint_still_counts():
    for site in ("Left knee", "L knee intra-articular", None):
        assert _hya003(_injection(site)) == "met", site


def test_a_descriptors_examples_name_no_region_but_its_own_site_words_do():
    regions = evidence_of("Procedure", _injection(None), "Procedure/csi", {}).regions
    assert not regions
    named = _injection(None, "20611", "Injection, knee joint, with ultrasound guidance")
    assert "knee" in {r.split(":")[0] for r in evidence_of("Procedure", named, "x", {}).regions}
    for example in ("(e.g., shoulder, hip, knee)", "(eg shoulder or knee)", "(such as the hip)"):
        listed = _injection(None, "20610", f"Injection, major joint {example}")
        assert not evidence_of("Procedure", listed, "x", {}).regions, example


def _triamcinolone(site: str) -> dict:
    return {
        "resourceType": "MedicationAdministration",
        "id": "ma",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "triamcinolone acetonide 40 MG/ML Injectable"},
        "effectiveDateTime": "2025-10-08",
        "dosage": {"site": {"text": site}, "route": {"text": "Intra-articular"}},
    }


def test_a_steroid_given_at_another_joint_by_its_dosage_site_is_not_this_knee():
    assert _hya003(_triamcinolone("Right shoulder (subacromial)")) != "met"
    assert _hya003(_triamcinolone("Left knee")) == "met"
