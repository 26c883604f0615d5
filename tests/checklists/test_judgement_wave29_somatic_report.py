"""A tumor profile read as a prior germline test, found by blind wave DD/gen-03: a
DiagnosticReport named "Tumor genomic profiling (somatic NGS)" whose conclusion says no BRCA1/2
alteration was found in the tumor matched GEN-004's "brca1" and blocked the first germline test.
A record whose own name calls it a somatic or tumor profile is none (``exclude_names``); a
germline report, or one named only by its genes, still is."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _report(name: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "dr1",
        "status": "final",
        "code": {"text": name},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2025-11-04",
        "conclusion": conclusion,
    }


_COUNSEL = _note("gc", "2026-02-20", "Hx pancreatic adenocarcinoma dx 58. Germline panel ordered.")


def test_a_tumor_profile_is_no_prior_germline_test():
    tumor = _report(
        "Somatic tumor sequencing - pancreas",
        "KRAS G12V. BRCA1 and BRCA2 without alteration in the tumor sample.",
    )
    assert status(record("81162", tumor, _COUNSEL, reason="C25.0"), "GEN-004")["status"] == "met"


def test_a_germline_report_naming_the_genes_still_is():
    germline = _report("Hereditary cancer panel (blood)", "BRCA1, BRCA2: no pathogenic variant.")
    bundle = record("81162", germline, _COUNSEL, reason="C25.0")
    assert status(bundle, "GEN-004")["status"] == "missing"
