"""Blind wave 13: evidence about another body part. A study of another region is no imaging of
the requested joint (AP/hip-03: "Hips partially imaged" on a lumbar spine film), and a
multi-problem note's statements under a region heading are about that region (AP/tsa-03: "L KNEE:
... XR today severe medial OA" is no shoulder film)."""

from __future__ import annotations

from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

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


_VISIT = (
    "S: 65M f/u L shoulder and L knee.\n"
    "L SHOULDER: pain since Sept 2024. Did PT 8/2025-10/2025. Xrays from 10/2/24 showed mod-severe "
    "GH OA - no new films.\n"
    "L KNEE: worsening medial pain. XR today (2/16) severe medial OA. Cont HEP.\n"
    "O: L shoulder FF 95, ER 15, crepitus. L knee varus, medial JLT.\n"
    "A/P: L shoulder OA - plan L anatomic TSA."
)


def _regions_of(text: str, word: str) -> list[frozenset[str]]:
    found = find_findings([NoteInput("n", text, date(2026, 2, 16), "Progress note")])
    return [f.regions for f in found if f.text == word]


def test_statements_under_a_region_heading_are_about_that_region():
    assert _regions_of(_VISIT, "XR") == [frozenset({"knee", "knee:left"})]
    # The heading reaches its own lines only: the next label or section header ends it.
    assert frozenset({"knee", "knee:left"}) not in _regions_of(_VISIT, "crepitus")
    lines = "Right knee: swelling x 2 wks.\nMeds: ibuprofen 600 TID.\nPT x 6 wks."
    assert _regions_of(lines, "ibuprofen") == [frozenset()]


def test_a_film_under_another_region_s_heading_is_no_film_of_the_joint():
    knee_film = _report("r1", "2026-02-16", "XR Knee Left 3 views", "Severe medial compartment OA.")
    visit = _note("n1", "2026-02-16", _VISIT)
    tsa = record("23472", knee_film, visit, reason="M19.012")
    assert status(tsa, "TSA-001")["status"] != "met"
    shoulder = _VISIT.replace(
        "no new films.", "XR today (2/16): severe GH OA, inferior osteophyte."
    )
    tsa = record("23472", _note("n1", "2026-02-16", shoulder), reason="M19.012")
    assert status(tsa, "TSA-001")["status"] == "met"


def test_a_film_of_the_day_that_names_no_region_is_the_report_of_that_day():
    # No heading: "XR today (2/16)" names no region, but the film on file that day is the knee's.
    said = "S: f/u L shoulder and L knee pain. XR today (2/16) severe medial OA. Cont HEP."
    visit = _note("n1", "2026-02-16", said)
    knee_film = _report("r1", "2026-02-16", "XR Knee Left 3 views", "Severe medial compartment OA.")
    assert status(record("23472", knee_film, visit, reason="M19.012"), "TSA-001")["status"] != "met"
    # With no other region's film that day, the statement is taken as written.
    assert status(record("23472", visit, reason="M19.012"), "TSA-001")["status"] == "met"
