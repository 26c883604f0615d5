"""A musculoskeletal pain diagnosis kept in words only still asks for conservative care first
(blind wave 52, GN/img-03).

The problem list and the order's reason held "R shoulder pain - r/o rotator cuff tear" with no
ICD-10-CM code, so AIM-003 (6 weeks of conservative care before imaging musculoskeletal pain)
was read as not applying, and a three-week trial passed unflagged. The item now also applies to
a Condition that names such a pain in its text; a headache or a seizure written in words still
leaves it out."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _aim003(cpt: str, diagnosis: str, text: str) -> str:
    condition = {
        "resourceType": "Condition",
        "id": "dx",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"text": diagnosis},
        "onsetDateTime": "2026-02-01",
    }
    order = {"reasonCode": None, "reasonReference": [{"reference": "Condition/dx"}]}
    bundle = record(cpt, condition, _note("n1", "2026-02-24", text), order=order)
    return status(bundle, "AIM-003", service=cpt)["status"]


def test_a_joint_pain_written_in_words_asks_for_conservative_care():
    text = "L knee pain x 2 wks after twisting on stairs. Naproxen prn. A/P: L knee pain, MRI."
    assert _aim003("73721", "L knee pain - possible meniscus tear", text) in {"missing", "partial"}


def test_a_headache_written_in_words_does_not():
    text = "New daily headaches x 2 wks, worse on waking. A/P: headache, MRI brain."
    assert _aim003("70551", "Headache, new pattern", text) == "not_applicable"
