"""A therapy course coded as a Procedure named by its abbreviation, with no code: "PT lumbar 12
visits", 4/13-5/22. EHRs name a therapy episode as the clinic writes it, and clinics write "PT";
a reviewer reads it as the physical therapy it is. The abbreviation is the discipline's only in
capitals ("Pt education" is the patient's), and never "PT/INR", the prothrombin time. Blind wave
71, JI/lumbar-mri-03 (brief s68-a): the coded span was not read, only a portal message's
"Finished PT last week"."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


def _therapy(text: str, start: str = "2026-01-05", end: str = "2026-02-20", **extra) -> dict:
    """A completed therapy Procedure named only in words (no code), 46 days by default."""
    return {
        "resourceType": "Procedure",
        "id": "p1",
        "status": extra.pop("status", "completed"),
        "subject": {"reference": "Patient/p"},
        "code": {"text": text},
        "performedPeriod": {"start": start, "end": end},
        **extra,
    }


@pytest.mark.parametrize(
    "named",
    [
        "PT lumbar 12 visits",
        "PT - low back, 2x/wk x 6 wks",
        "Outpatient PT (lumbar spine)",
        "PT eval and treat, L-spine",
        "OT/PT lumbar stabilization",
        "Lumbar PT episode",
    ],
)
def test_a_therapy_procedure_named_pt_is_physical_therapy(named):
    item = status(record("72148", _therapy(named)), "LMRI-003")
    assert item["status"] == "met"


@pytest.mark.parametrize(
    "named",
    [
        "PT/INR",  # the prothrombin time, not therapy
        "PT INR lab draw",
        "Pt education - back care",  # the patient, in lower case
        "PT right knee 12 visits",  # another region's therapy
    ],
)
def test_what_only_looks_like_pt_is_no_therapy(named):
    assert status(record("72148", _therapy(named)), "LMRI-003")["status"] != "met"


def test_pt_not_done_is_no_care():
    item = status(record("72148", _therapy("PT lumbar 12 visits", status="not-done")), "LMRI-003")
    assert item["status"] != "met"


def test_pt_before_the_window_does_not_count():
    old = _therapy("PT lumbar 12 visits", start="2025-06-02", end="2025-07-18")
    assert status(record("72148", old), "LMRI-003")["status"] != "met"
