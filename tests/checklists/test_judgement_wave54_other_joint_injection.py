"""A joint injection coded without a site, whose own words name another joint (blind wave 54,
GU/hyaluronan-03): CPT 20610 codes any major joint, so a 20610 with no bodySite annotated
"L shoulder: Depo-Medrol 80 mg" is a shoulder's steroid injection, not the failed knee
injection HYA-003 asks for. Its words naming the knee, or no joint, leave it standing."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, record

_OA = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "M17.12"}]},
    "onsetDateTime": "2023-03-01",
}


def _hya003(annotation: str | None) -> str:
    shot = {
        "resourceType": "Procedure",
        "id": "shot",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "20610"}],
                 "text": "Arthrocentesis/injection, major joint"},
        "performedDateTime": "2025-11-03",
    }  # fmt: skip
    if annotation:
        shot["note"] = [{"text": annotation}]
    request = {
        "authoredOn": "2026-03-02",
        "occurrenceDateTime": "2026-03-16",
        "bodySite": [{"text": "Left knee"}],
    }
    bundle = record("J7325", _OA, shot, reason="M17.12", order=request)
    report = score_bundle(bundle, as_of=date(2026, 3, 9))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


def test_an_unsited_injection_its_own_words_place_in_another_joint_is_not_the_knees():
    assert _hya003("L shoulder: Depo-Medrol 80 mg, tolerated well") != "met"
    assert _hya003("Right hip: Kenalog 40 mg injected under fluoroscopy") != "met"


def test_words_naming_the_knee_or_no_joint_leave_the_injection_standing():
    assert _hya003(None) == "met"
    assert _hya003("L knee: Depo-Medrol 80 mg, tolerated well") == "met"
    assert _hya003("Depo-Medrol 80 mg injected, tolerated well") == "met"
