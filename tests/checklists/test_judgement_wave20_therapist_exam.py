"""A therapist's measure is no evaluation behind an imaging order (blind wave 20, BS/aim-02).

AIM-001 asks for the recent evaluation that documents the indication: the ordering clinician's
visit (or another practitioner's), not the physical therapist's progress note ("Quad strength
improved 4/5 -> 4+/5" in a note titled "PT Progress Note"). A therapy document counts when a
practitioner co-signed it; a physician's note that mentions PT, or is signed next to "Finished PT
3/10", is still the physician's.
"""

from __future__ import annotations

import pytest

from .test_judgement import TRIAL_BEGUN, _note, record, status


def _exam(text: str, title: str = "Progress note") -> str:
    note = _note("n1", "2026-02-20", text, extra={"type": {"text": title}})
    bundle = record("73721", note, reason="M23.202")
    return status(bundle, "AIM-001")["status"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("PT Progress Note", "Dx L knee pain. Quad strength improved 4/5 -> 4+/5. ROM 0-120."),
        (
            "Progress note",
            "PHYSICAL THERAPY PROGRESS NOTE - visit 11 of 12\nL knee: quad strength 4+/5, "
            "ROM 0-120.",
        ),
        ("Physical Therapy Re-evaluation", "L knee ROM 0-115, quad strength 4/5."),
        ("Progress note", "OT Daily Note\nL knee flexion 110 deg, strength 4/5.\nJ. Roe, OTR/L"),
        ("PT Discharge Summary", "L knee AROM 0-125. Strength 4+/5.\nA. Ferrante, DPT"),
    ],
)
def test_a_therapy_document_is_no_evaluation(title: str, text: str) -> None:
    assert _exam(text, title) != "met"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Progress note", "O: L knee: small effusion, McMurray + lateral. ROM 0-125."),
        (
            "Progress note",
            "Ortho f/u. Finished PT 3/10 (14 visits).\nO: L knee McMurray +, ROM 0-115.\n"
            "F. Arceneaux MD",
        ),
        ("Progress note", "Pt seen for L knee f/u.\nExam: L knee effusion, lateral JLT."),
        ("Progress note", "PT note reviewed: plateaued.\nExam: L knee McMurray +, ROM 0-115."),
        (
            "PT Progress Note",
            "L knee ROM 0-120, McMurray +.\nA. Ferrante, DPT\nCo-signed: S. Ballard MD",
        ),
    ],
)
def test_a_practitioner_s_exam_still_counts(title: str, text: str) -> None:
    assert _exam(text, title) == "met"


def test_an_exam_header_naming_the_part_opens_the_exam() -> None:
    # BS/aim-01: "Exam R shoulder:" after a medication table is the exam, not more medications.
    text = (
        "ORTHOPAEDICS - RETURN VISIT\nCurrent Outpatient Medications:\n"
        "Medication | Sig |\nmeloxicam 15 mg tab | 1 tab daily |\n"
        "Exam L knee:\nMcMurray | positive lateral |\nAROM | 0-115 |\n"
        "A/P: suspected lateral meniscus tear. MRI L knee.\nT. Wielgus MD"
    )
    assert _exam(text) == "met"


@pytest.mark.parametrize(
    ("title", "expected"), [("PT Progress Note", "missing"), ("Progress note", "met")]
)
def test_a_lumbar_mri_follow_up_exam_is_the_clinician_s(title: str, expected: str) -> None:
    # LMRI-004 asks for the follow-up exam after the trial: the therapist's note is no visit.
    text = "Lumbar: SLR positive on the left at 40 deg, L EHL 4/5, ankle reflex absent."
    note = _note("n1", "2026-02-20", text, extra={"type": {"text": title}})
    # after a trial begun at an earlier visit (the only visit's exam is none: wave 38)
    assert status(record("72148", note, TRIAL_BEGUN), "LMRI-004")["status"] == expected
