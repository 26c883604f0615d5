"""Blind wave 13: evidence about another body part. A study of another region is no imaging of
the requested joint (AP/hip-03: "Hips partially imaged" on a lumbar spine film), and a
multi-problem note's statements under a region heading are about that region (AP/tsa-03: "L KNEE:
... XR today severe medial OA" is no shoulder film)."""

from __future__ import annotations

from .test_judgement import record, status

LOINC = "http://loinc.org"


def _report(ident: str, when: str, title: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": ident,
        "status": "final",
        "category": [{"coding": [{"code": "RAD"}]}],
        "code": {"coding": [{"system": LOINC, "code": "00000-0", "display": title}], "text": title},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "conclusion": conclusion,
    }


def _hip_imaging(*resources: dict) -> str:
    return status(record("27130", *resources, reason="M16.11"), "THA-001")["status"]


def test_a_study_of_another_region_is_no_imaging_of_the_joint():
    spine = _report(
        "r1",
        "2026-02-10",
        "XR Lumbar spine 2-3 views",
        "Multilevel lumbar spondylosis. Hips partially imaged: degenerative change suspected.",
    )
    assert _hip_imaging(spine) != "met"
    mri = _report(
        "r2",
        "2026-02-10",
        "MRI lumbar spine without contrast",
        "Incidental right hip osteoarthritis.",
    )
    assert _hip_imaging(mri) != "met"


def test_a_film_of_the_joint_or_of_the_pelvis_is_imaging_of_the_hip():
    hip = _report(
        "r1", "2026-02-10", "XR Hip Right 2 views", "Severe joint space narrowing, osteophytes."
    )
    assert _hip_imaging(hip) == "met"
    # An AP pelvis film shows both hips: the standard view of hip arthritis.
    pelvis = _report("r2", "2026-02-10", "XR Pelvis AP", "Severe right hip osteoarthritis.")
    assert _hip_imaging(pelvis) == "met"
    untitled = _report("r3", "2026-02-10", "Radiology report", "Severe right hip osteoarthritis.")
    assert _hip_imaging(untitled) == "met"
