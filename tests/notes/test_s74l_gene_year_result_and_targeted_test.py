"""An earlier germline test written as its genes, its year and its result ("BRCA1/2 (2014)
negative - no panel/multigene testing done"), or as a targeted test named by its kind before the
gene ("single-site analysis for the familial BRCA2 variant 2019 - negative"), is a germline test
done (s74-l). A relative's, a tumor's or a planned one is not."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/h1", text, dt.date(2026, 6, 8))])
    return any(f.concept == "prior-germline-test" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "BRCA1/2 (2014) negative - no panel/multigene testing done.",
        "BRCA1/2 2014: neg.",
        "BRCA1 and BRCA2 (2016) - negative.",
        "Single-site analysis for the familial BRCA2 variant 2019 - negative.",
        "Known familial variant testing 2018: negative.",
    ],
)
def test_a_gene_year_result_or_targeted_test_is_a_prior_test(text: str) -> None:
    assert _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Family history: sister BRCA2 (2019) positive.",
        "Mother BRCA1 (2015) positive.",
        "Sister had single-site analysis for BRCA2 in 2019 - positive.",
        "Single-site analysis for the familial BRCA2 variant found in her sister 2019, positive.",
        "Tumor BRCA1/2 (2022) negative.",
        "Plan: single-site analysis for the familial BRCA2 variant; if 2026 result negative, "
        "no further testing.",
        "No prior genetic testing. Sister: BRCA2 (2019) positive.",
    ],
)
def test_a_relatives_tumors_or_planned_test_is_not(text: str) -> None:
    assert not _asserted(text), text
