"""A cervical myelopathy named in the note waives a spine surgery's conservative trial, as its
codes do (blind wave 90, MF/spine-03): "Impression: cervical myelopathy C5-6" with Hoffmann
signs before an ACDF (22551), coded only M48.02 (stenosis), was asked six weeks of nonoperative
care. The cervical fusion LCD excepts "significant myelopathy"; the checklist's red-flag codes
(M47.1*, M50.0*, G95.2*) already did. Not a myelopathy ruled out, denied, a relative's, in the
past history, or another region's (a cervical one before a lumbar decompression), and a lumbar
MRI's red flags stay the low back's (no myelopathy among them)."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

EXAM = "Exam: Hoffmann + bilat, grip 4/5 bilat, hyperreflexia UE/LE, tandem gait unsteady."


def _sps003(text: str, code: str = "22551", reason: str = "M48.02") -> str:
    bundle = record(code, _note("n1", "2026-02-20", text), reason=reason)
    return status(bundle, "SPS-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        f"Neck pain, dropping cups since New Year. {EXAM}\nImpression: cervical myelopathy C5-6.",
        f"{EXAM}\nA/P: C5-6 stenosis with myelopathy, progressive. ACDF.",
        f"HPI: worsening hand clumsiness. {EXAM} Myelopathic gait.\nPlan: C5-6 ACDF.",
        f"{EXAM}\nDx: cervical myeloradiculopathy C5-6.",
    ],
)
def test_a_myelopathy_in_the_note_waives_the_trial(text: str) -> None:
    assert _sps003(text) == "not_applicable", text


@pytest.mark.parametrize(
    "text",
    [
        "Neck pain and R arm pain x 3 wks. No myelopathy. Spurling +.\nA/P: C5-6 HNP, ACDF.",
        "Neck pain x 3 wks. Exam: no myelopathic signs, Hoffmann neg.\nA/P: ACDF.",
        "Neck and arm pain x 3 wks. A/P: C5-6 HNP, r/o myelopathy. ACDF.",
        "Neck pain x 3 wks. Family hx: mother had cervical myelopathy.\nA/P: ACDF.",
    ],
)
def test_a_myelopathy_denied_ruled_out_or_a_relative_s_waives_nothing(text: str) -> None:
    assert _sps003(text) != "not_applicable", text


def test_a_cervical_myelopathy_waives_no_lumbar_decompression() -> None:
    text = "LBP and L leg pain x 3 wks. Known cervical myelopathy.\nA/P: L4-5 HNP, laminectomy."
    assert _sps003(text, code="63047", reason="M51.16") != "not_applicable"


def test_a_lumbar_mri_s_red_flags_do_not_include_myelopathy() -> None:
    text = "LBP x 2 wks. Impression: cervical myelopathy, follows with neurosurgery."
    bundle = record("72148", _note("n1", "2026-02-20", text), reason="M54.50")
    assert status(bundle, "LMRI-001")["status"] != "met"


def test_myelopathy_is_a_red_flag_and_still_an_imaging_lesion() -> None:
    found = find_findings([NoteInput("D/1", "MRI C-spine: C5-6 cord compression, myelopathy.")])
    kinds = {(f.category, f.concept) for f in found if f.text == "myelopathy"}
    assert {("red-flags", "myelopathy"), ("diagnostic-results", "spine-imaging-lesion")} <= kinds
