"""A prior germline test in a faxed outside record (GEN-004), found by blind wave 45: a fax
banner's asterisks ("*** FAX *** ...", FM/genetic-03) read as an unfilled template field, so the
record after them as not documented; and a laboratory's panel named by its own name, its genes
in a bracket and its result after a colon ("Multi-Cancer Panel (84 genes incl. MLH1, ...):
NEGATIVE", FP/genetic-03), was not read as a test done at all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _prior(text: str) -> list:
    notes = [NoteInput("DocumentReference/g1", text, dt.date(2026, 9, 2))]
    return [f for f in find_findings(notes) if f.concept == "prior-germline-test"]


def test_a_fax_banner_is_no_blank_field() -> None:
    text = (
        "*** FAXED RECORDS *** Coastal Genomics 2021: germline MSH2 full sequencing "
        "completed 05/2021 - result: negative."
    )
    found = _prior(text)
    assert found and all(f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    ["Functional status: *** Prior BRCA testing in 2019 was negative.",
     "Prior BRCA testing in 2019 was negative ***"],
)  # fmt: skip
def test_a_template_blank_still_leaves_its_statement_unfilled(text: str) -> None:
    assert not any(f.asserted for f in _prior(text))


@pytest.mark.parametrize(
    "text",
    ["Hereditary Common Cancers Panel (47 genes incl. BRCA1, BRCA2, PALB2): NEGATIVE.",
     "Germline panel (30 genes): no pathogenic variants identified."],
)  # fmt: skip
def test_a_named_cancer_panel_with_its_result_is_a_test_done(text: str) -> None:
    found = _prior(text)
    assert found and found[0].asserted


@pytest.mark.parametrize(
    "text",
    ["Tumor multigene panel (500 genes): negative.",
     "Somatic profiling, multigene panel: no pathogenic variants.",
     "Possible results of a multigene panel: positive, negative or VUS.",
     "If the hereditary cancer panel: positive, cascade testing."],
)  # fmt: skip
def test_a_tumor_panel_or_an_outcome_to_come_is_none(text: str) -> None:
    assert not any(f.asserted for f in _prior(text))
