"""A speech-language evaluation made by informal assessment (blind wave 17, BE/slp-04): an SLP's
first note, titled only "Progress note", reads "O: Informal assessment: automatic speech intact,
naming ~50% of common objects ... Standardized testing (WAB-R) deferred due to fatigue" and sets
goals and a plan of care; it is the evaluation SLP-001 asks for, though it never writes
"evaluation" and gives no standardized score (SLP-002 asks for those). An informal or
non-standardized assessment, criterion-referenced testing and an oral mechanism exam are made only
in an evaluation. One still to be made ("informal assessment next session"), a screen, or a daily
note's probe data are none."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _slp(text: str) -> dict:
    return record("92508", _note("n1", "2026-02-20", text), reason="I69.320")


def test_an_informal_assessment_is_an_evaluation_made():
    for text in (
        "O: Informal assessment: automatic speech intact, naming ~50% of common objects, follows "
        "1-step commands. Standardized testing (WAB-R) deferred due to fatigue.",
        "Informal language assessment: answers yes/no questions 80% acc.",
        "Non-standardized assessment of expressive language completed today.",
        "Criterion-referenced testing: 60% intelligibility at sentence level.",
        "Oral mechanism exam: reduced lingual ROM and strength on R.",
    ):
        assert status(_slp(text), "SLP-001")["status"] == "met", text


def test_an_assessment_still_to_come_a_screen_or_probe_data_are_not():
    for text in (
        "Informal assessment to be completed next session.",
        "Will complete informal assessment at next visit.",
        "Speech screen passed at school.",
        "Tx session: naming probe 6/10, circumlocution cues mod.",
        "Standardized testing deferred due to fatigue.",
    ):
        assert status(_slp(text), "SLP-001")["status"] != "met", text


def test_the_re_evaluation_clock_starts_at_an_evaluation_found_in_words():
    # SLP-005 applies once SLP-001 finds an evaluation; one it finds only in a note's words must
    # date the 60 days too, or the item asks for a re-evaluation of an undated evaluation.
    text = "O: Informal assessment: naming ~50% of common objects. A: Mild anomic aphasia."
    assert status(_slp(text), "SLP-005")["status"] == "met"
    old = record("92508", _note("n1", "2025-11-20", text), reason="I69.320")
    assert status(old, "SLP-005")["status"] == "partial"  # 101 days: only developmental runs 6 mo
