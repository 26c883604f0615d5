"""Cuff tear arthropathy as a film reads it in shorthand (blind wave 17, BH/tsa-04): "XR 2/2026:
sup migration humeral head, AHI 3 mm, Hamada 4" names the arthropathy by what the radiograph shows
(the humeral head riding up, an acromiohumeral interval under 7 mm) and by its grading system
(Hamada 2-5, Seebauer, Favard), without writing "cuff tear arthropathy". Glenohumeral arthritis
graded by its own systems (Walch B2 glenoid, Samilson-Prieto) is the arthritis. A normal interval,
a Hamada 1 (a massive tear, no arthropathy yet), an apnea-hypopnea index or a migration ruled out
is none."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, concepts_found, record, status


def _shoulder(text: str) -> dict:
    return record("23472", _note("n1", "2026-02-20", text), reason="M75.121")


def test_a_film_graded_or_measured_in_shorthand_is_the_finding():
    for text in (
        "R shoulder CTA. XR 2/2026: sup migration humeral head, AHI 3 mm, Hamada 4.",
        "XR R shoulder 1/2026: superior humeral head migration, Hamada grade 3.",
        "Right shoulder radiographs: proximal migration of the humeral head; AHI 4 mm.",
        "XR R shoulder: acromiohumeral interval 5 mm.",
        "XR R shoulder 2/2026: Hamada IV changes.",
        "XR R shoulder: Seebauer type IIA.",
        "CT R shoulder 1/2026: Walch B2 glenoid, posterior subluxation.",
        "XR R shoulder: Samilson-Prieto grade 3.",
    ):
        assert status(_shoulder(text), "TSA-001")["status"] == "met", text


def test_a_normal_interval_an_early_grade_or_another_ahi_is_not():
    for text in (
        "XR R shoulder 1/2026: AHI 9 mm, joint space preserved.",
        "XR R shoulder 1/2026: Hamada 1, no arthropathy. Normal glenohumeral joint.",
        "R shoulder pain. PSG 1/2026: AHI 3/hr, no sleep apnea.",
        "XR R shoulder 1/2026: no superior migration of the humeral head. Normal.",
        "R shoulder pain. Walch gait stable, Hamada clinic follow-up.",
    ):
        assert status(_shoulder(text), "TSA-001")["status"] != "met", text


def test_knee_and_hip_films_graded_by_their_systems_are_arthritis():
    knee = ("XR R knee 1/2026: K-L 3 medial.", "XR R knee standing 1/2026: KL III, varus.")
    for text in knee:
        bundle = record("27447", _note("n1", "2026-02-20", text), reason="M17.11")
        assert status(bundle, "TKA-001")["status"] == "met", text
    # An MRI's Outerbridge grade is the arthritis, but TKA-001 asks for a radiograph's: a knee
    # MRI is no such film (blind wave 75, JY/tka-03; test_s70c_knee_radiograph_modality.py).
    mri = "MRI R knee 1/2026: Outerbridge IV medial femoral condyle."
    assert "oa-findings" in concepts_found(mri, date(2026, 2, 20))
    bundle = record("27447", _note("n1", "2026-02-20", mri), reason="M17.11")
    assert status(bundle, "TKA-001")["status"] == "missing"
    hip = _note("n1", "2026-02-20", "XR R hip 1/2026: Tonnis 3.")
    bundle = record("27130", hip, reason="M16.11")
    assert status(bundle, "THA-001")["status"] == "met"
    for text in ("R knee pain. Outerbridge classification reviewed with pt.", "R knee: K-L 1."):
        bundle = record("27447", _note("n1", "2026-02-20", text), reason="M17.11")
        assert status(bundle, "TKA-001")["status"] != "met", text
