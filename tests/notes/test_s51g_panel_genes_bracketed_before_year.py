"""A prior germline panel whose genes stand in a bracket between its name and its year
("Hereditary colorectal cancer panel (20 genes incl MLH1, MSH2, MSH6, PMS2 ...) in 2021 -
negative") is a germline test done, however long the bracket: it is the panel's, read past as
the year-first form reads it (blind wave 55, HA/genetic-testing-03). A tumor's testing so
written is still none."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/h1", text, dt.date(2026, 6, 8))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Pt had Ambry hereditary panel (36 genes incl MLH1, MSH2, MSH6, PMS2, EPCAM, APC, CHEK2) "
        "in 2021 after her aunt's dx - negative, report in media.",
        "Germline multigene panel (31 genes: BRCA1, BRCA2, PALB2, ATM, CHEK2, TP53) done 2020, "
        "neg.",
    ],
)
def test_a_panel_with_its_genes_bracketed_is_a_prior_test(text: str) -> None:
    assert _asserted(text, "prior-germline-test")


def test_a_tumor_panel_so_written_is_not() -> None:
    text = "MLH1 testing (tumor IHC, methylation) in 2025 - negative for loss."
    assert not _asserted(text, "prior-germline-test")
