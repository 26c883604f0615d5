"""A prior germline test wherever the record holds it (blind wave 17, BE/gen-03): the same
BRCA1/2 analysis done in 2019 was shown twice, by a counselor's shorthand ("Pt had BRCA1/2 full
seq + del/dup 2019, negative (report scanned)") and by the scanned outside report itself, a
DocumentReference dated 2019 whose result stands on its own line ("Result: NEGATIVE - no
pathogenic variants detected"). GEN-004 read neither and let the repeat test through."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _prior(text: str) -> bool:
    return any(
        f.asserted and f.concept == "prior-germline-test"
        for f in find_findings([NoteInput("D/1", text)])
    )


def test_a_prior_test_in_a_counselors_shorthand_is_a_test_done():
    for text in (
        "Pt had BRCA1/2 full seq + del/dup 2019, negative (report scanned).",
        "BRCA1/2 seq 2019: neg.",
        "Hx BRCA1/2 dup/del 2020 - negative.",
    ):
        assert _prior(text), text


def test_a_laboratory_reports_own_result_line_is_a_test_done():
    for text in (
        "Result: NEGATIVE - no pathogenic variants detected.",
        "RESULT: POSITIVE - pathogenic variant detected in BRCA2 c.5946delT.",
        "Interpretation: No pathogenic or likely pathogenic variants identified.",
        "Germline genetic test result: BRCA1/2 full sequencing: no pathogenic variants detected",
    ):
        assert _prior(text), text


def test_results_to_come_explained_or_of_any_test_are_no_prior_germline_test():
    for text in (
        "Result: negative.",
        "Results: pending.",
        "Possible results: pathogenic variant, VUS, or negative.",
        "Results: if a pathogenic variant is found, refer to high-risk clinic.",
        "Sister's result: pathogenic variant in BRCA1.",
        "If no pathogenic variant is found, she will be screened per family history.",
        "Plan: BRCA1/2 full seq + del/dup; if negative, consider multigene panel.",
        'Pt requests repeat BRCA testing "to be sure".',
        "Sister had BRCA1/2 testing 2024, negative.",
    ):
        assert not _prior(text), text


def test_a_scanned_outside_report_shows_the_test_was_done_before():
    report = _note(
        "out",
        "2019-06-20",
        "OUTSIDE LAB REPORT (scanned) - BRCA1/BRCA2 comprehensive analysis (full sequencing + "
        "large rearrangement). Result: NEGATIVE - no pathogenic variants detected. Ordered by "
        "Dr. P. Lane.",
    )
    counsel = _note("gc", "2026-02-20", "Hx R breast ca dx 46. Pt requests BRCA testing.")
    assert status(record("81162", counsel, reason="C50.911"), "GEN-004")["status"] == "met"
    bundle = record("81162", report, counsel, reason="C50.911")
    assert status(bundle, "GEN-004")["status"] == "missing"


def test_a_result_charted_as_an_observations_words_shows_the_test_was_done_before():
    result = {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "code": {"text": "Germline genetic test result"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2019-06-20",
        "valueString": "BRCA1/2 full sequencing: no pathogenic variants detected",
    }
    counsel = _note("gc", "2026-02-20", "Hx R breast ca dx 46. Pt requests BRCA testing.")
    bundle = record("81162", result, counsel, reason="C50.911")
    assert status(bundle, "GEN-004")["status"] == "missing"
