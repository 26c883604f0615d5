"""Blind wave 40: a home PT recertification summary, position changes by the clock, and a
tumor report named only in its conclusion.

A home health PT's "RECERTIFICATION SUMMARY" is the therapist's reassessment of the episode, the
skilled therapy given and asked for again, as the PT's own visit note is (EV/home-health-03); a
bare "HH PT eval and treat" still names no skill.

"Needs positioning changes q2-3h" and the physician's "positions q2-3h" are the frequent position
changes LCD L33820 asks a hospital bed for, as "position changes q2h" already was
(EU/dme-hospital-bed-03).

A DiagnosticReport coded as a HER2 interpretation whose conclusion opens "Tumor (somatic) NGS
panel:" is a tumor profile, not an earlier germline test, though it names BRCA1/2 (ES/gen-01);
one whose conclusion heading names a germline panel still is.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _concept(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "Home Health PT recertification summary: ambulates 120 ft with cane, SBA on stairs.",
        "HH OT recert note - tub transfer min assist, dressing with setup.",
    ],
)
def test_a_home_therapy_recertification_summary_is_a_skilled_need(text: str) -> None:
    assert _concept(text, "skilled-need"), text


def test_a_bare_home_therapy_referral_still_is_none() -> None:
    assert not _concept("HH PT eval and treat.", "skilled-need")


@pytest.mark.parametrize(
    "text",
    [
        "Wife reports he needs positioning changes q2h overnight for hip pain.",
        "Order: semi-electric bed; positions every 3 hours, legs raised.",
    ],
)
def test_position_changes_by_the_clock_are_a_positioning_need(text: str) -> None:
    assert _concept(text, "positioning-need"), text


def _report(code_text: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "dr9",
        "status": "final",
        "category": [
            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "PAT"}]}
        ],
        "code": {
            "coding": [{"system": "http://loinc.org", "code": "48676-1", "display": code_text}]
        },
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2025-06-02",
        "conclusion": conclusion,
    }


_COUNSEL = _note("gc9", "2026-02-20", "Ovarian ca dx 51. Germline multigene panel planned.")


def test_a_report_whose_conclusion_names_a_tumor_profile_is_no_germline_test() -> None:
    tumor = _report(
        "HER2 [Interpretation] in Tissue",
        "Tumor-only NGS: TP53 R273H; BRCA1 and BRCA2 not altered in tumor.",
    )
    bundle = record("81162", tumor, _COUNSEL, reason="C56.9")
    assert status(bundle, "GEN-004")["status"] == "met"


def test_a_conclusion_naming_a_germline_panel_still_is_one() -> None:
    germline = _report("Genetic analysis", "Hereditary cancer panel: BRCA1, BRCA2 negative.")
    bundle = record("81162", germline, _COUNSEL, reason="C56.9")
    assert status(bundle, "GEN-004")["status"] == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "History from pt and wife: he can no longer follow a conversation on the phone.",
        "Hx obtained from patient & daughter: cannot follow conversation in groups.",
    ],
)
def test_a_history_told_by_the_patient_with_a_relative_is_the_patients(text: str) -> None:
    found = find_findings([NoteInput("D/1", text)])
    mine = [f for f in found if f.concept == "communication-limitation"]
    assert mine and not any(f.family for f in mine), text


def test_a_relatives_own_history_stays_theirs() -> None:
    found = find_findings([NoteInput("D/1", "Family hx: brother cannot follow conversation.")])
    assert not any(f.asserted for f in found if f.concept == "communication-limitation")
