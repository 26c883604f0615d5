"""A spine lesion's side written after its level, found by blind wave 14 (g2, AT/inj-02): "L5-S1
mild right foraminal narrowing" is a right-sided lesion, no concordant imaging for a left S1
transforaminal injection. Each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.evidence.lesion_sides import lesion_side
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import record, status

_LUMBAR = frozenset({"lumbar"})


def test_the_side_just_before_the_lesion():
    assert lesion_side(_LUMBAR, "L5-S1 mild right ") == {"lumbar", "lumbar:right"}
    assert lesion_side(_LUMBAR, "L4-5 left ") == {"lumbar", "lumbar:left"}
    assert lesion_side(_LUMBAR, "C6-7 left-sided ") == {"lumbar", "lumbar:left"}
    assert lesion_side(_LUMBAR, "L4-5 ") == _LUMBAR  # no side: any side
    assert lesion_side(_LUMBAR, "right L5-S1 disc bulge with ") == _LUMBAR  # too far
    assert lesion_side(frozenset({"lumbar", "lumbar:left"}), "right ") == {"lumbar", "lumbar:left"}
    assert lesion_side(frozenset({"knee"}), "right ") == {"knee"}


def test_a_report_line_gives_its_lesion_the_side():
    found = [
        f.regions
        for f in find_findings(
            [NoteInput("DiagnosticReport/1", "L5-S1 mild right foraminal narrowing.")]
        )
        if f.concept == "spine-imaging-lesion"
    ]
    assert found == [frozenset({"lumbar", "lumbar:right"})]


def _report(conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "mri",
        "status": "final",
        "code": {"text": "MRI Lumbar spine WO contrast"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-01",
        "conclusion": conclusion,
    }


def test_imaging_of_the_other_side_is_no_concordant_lesion():
    order = {"note": [{"text": "L S1 TFESI fluoroscopic guidance"}]}
    wrong = _report("L3-4 mild bulge without stenosis. L5-S1 mild right foraminal narrowing.")
    assert status(record("64483", wrong, reason="M54.17", order=order), "IPN-003")["status"] == (
        "missing"
    )
    right = _report("L5-S1 mild left foraminal narrowing.")
    assert status(record("64483", right, reason="M54.17", order=order), "IPN-003")["status"] == (
        "met"
    )
    either = _report("L5-S1 broad-based disc protrusion with foraminal narrowing.")
    assert status(record("64483", either, reason="M54.17", order=order), "IPN-003")["status"] == (
        "met"
    )
