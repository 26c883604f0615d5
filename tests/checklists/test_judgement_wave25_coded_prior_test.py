"""A prior germline test charted as a coded Observation is a test done (blind wave 25, CK/gen-03):
the 2019 BRCA1/2 full sequencing was an Observation coded LOINC 55233-1 'Genetic analysis master
panel' with valueString 'BRCA1 and BRCA2 full sequencing and del/dup (Myriad): NEGATIVE - no
pathogenic variants detected.', and GEN-004 searched only for 'brca1'/'brca2' in the code's
words, so the repeat 81162 passed 'not tested before'. A gene-specific germline LOINC (BRCA1,
BRCA2, BRCA1+BRCA2 mutations) counts by its code alone; a generic genetic-analysis report code
(master panel, genetic analysis report, HL7 variant reporting panel) counts when its words name
a hereditary cancer gene test and its result, and never for a tumor (somatic) profile, which is
no germline test (blind waves 19, 20: BR/gen-03, BY/gen-03)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

COUNSEL = _note("gc", "2026-02-20", "Unaffected; sister BRCA2+. Pt requests BRCA testing.")


def _observation(code: str, display: str, value: str | None = None) -> dict:
    result = {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": display}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2019-05-02",
    }
    if value is not None:
        result["valueString"] = value
    return result


def _gen004(*resources: dict) -> str:
    return status(record("81162", COUNSEL, *resources, reason="Z80.3"), "GEN-004")["status"]


def test_without_a_prior_test_the_request_passes() -> None:
    assert _gen004() == "met"


@pytest.mark.parametrize(
    ("code", "display", "value"),
    [
        (
            "55233-1",
            "Genetic analysis master panel",
            "BRCA1 and BRCA2 full sequencing and del/dup (Myriad): NEGATIVE - no pathogenic "
            "variants detected.",
        ),
        ("51969-4", "Genetic analysis report", "Hereditary cancer panel (Ambry): NEGATIVE."),
        (
            "81247-9",
            "Master HL7 genetic variant reporting panel",
            "Germline BRCA1/2 analysis: pathogenic variant BRCA2 c.5946delT detected.",
        ),
        # A gene-specific code needs no words (FHIR's genetics examples code BRCA1 21636-6,
        # BRCA2 38530-2, BRCA1+BRCA2 59041-4).
        ("21636-6", "Gene mutation analysis", None),
        ("38530-2", "Lab result", "Negative"),
        ("59041-4", "Genetic test", None),
    ],
)
def test_a_coded_prior_germline_test_is_a_test_done(code: str, display: str, value) -> None:
    assert _gen004(_observation(code, display, value)) == "missing"


@pytest.mark.parametrize(
    ("code", "display", "value"),
    [
        # A tumor profile under the same generic codes is no germline test.
        (
            "81247-9",
            "Master HL7 genetic variant reporting panel",
            "Tumor-only somatic NGS: BRCA2 pathogenic variant detected in tumor; germline origin "
            "cannot be determined.",
        ),
        (
            "51969-4",
            "Genetic analysis report",
            "Tumor (somatic) comprehensive genomic profiling: MSI-High, TMB 38 mut/Mb.",
        ),
        # Another genetic test, or a result still to come.
        ("55233-1", "Genetic analysis master panel", "CYP2C19 genotype: *1/*2 (intermediate)."),
        ("55233-1", "Genetic analysis master panel", "BRCA1/2 full sequencing: pending."),
    ],
)
def test_other_genetic_results_are_no_prior_germline_test(code: str, display: str, value) -> None:
    assert _gen004(_observation(code, display, value)) == "met"
