"""A prior germline result as outside records write it is a prior test (brief s65-reports; blind
wave 109, OX/genetic-02): a faxed Myriad report whose OCR read "BRCA1: N0 CLINICALLY SIGNIFICANT
MUTATI0N IDENTIFIED", and a counselor's "Pt had BRCA1/2 (Myriad) 2021 neg.", were no prior test,
so GEN-004 (NCD 90.2: not tested before with the same germline test) was a false "met".

OCR's letter/digit swaps in the genes ("BRCAl", "SIGNIF1CANT") and the genes written apart
("BRCA 1/2", "BRCA 1 and 2") are read as the genes; a gene's own result line and a laboratory's
bracket before the year are a test done. A relative's test, one sent or pending, and a tumor
(somatic) profile's gene lines are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.text_cleanup import blank_noise

_FAX = (
    "Scanned outside record (fax, 4 pp) - OCR:\n"
    "MYRIAD GENETIC LABORATORIES  BRCAnalysis CDx\n"
    "Pat1ent: Caitlin 0yelaran  DOB 03/16/1988  Collected: 0B/12/2021\n"
    "BRCA1: N0 CLINICALLY SIGNIFICANT MUTATI0N IDENTIFIED\n"
    "BRCA2: NO CLINICALLY SIGNIF1CANT MUTATION IDENTIFIED\n"
    "Full sequencing + large rearrangement analysis."
)


def _prior(text: str) -> list[bool]:
    """Whether each prior-germline-test finding in ``text`` is asserted (the patient's, done)."""
    note = NoteInput("DocumentReference/g1", text, dt.date(2026, 6, 11), "Outside records")
    found = find_findings([note])
    return [f.asserted for f in found if f.concept == "prior-germline-test"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("BRCAl/2 2021 negative", "BRCA1/2 2021 negative"),
        ("BRCA 1/2 (Myriad)", "BRCA1/2  (Myriad)"),
        ("BRCA 1 and 2 testing", "BRCA1/2      testing"),
        ("BRCA1 & 2 neg", "BRCA1/2   neg"),
        ("BRCAI: neg", "BRCA1: neg"),
        ("NO CLINICALLY SIGNIF1CANT MUTATI0N", "NO CLINICALLY SIGNIFICANT MUTATION"),
        # Kept: the genes written whole, a product name, names with a real 1.
        ("BRCA1 and BRCA2 full", "BRCA1 and BRCA2 full"),
        ("BRCA1/BRCA2", "BRCA1/BRCA2"),
        ("BRCAnalysis CDx", "BRCAnalysis CDx"),
        ("H1N1 vaccine, GLP1RA, MLH1", "H1N1 vaccine, GLP1RA, MLH1"),
    ],
)
def test_ocr_and_spaced_gene_names_are_read_as_the_genes(text: str, read: str) -> None:
    assert blank_noise(text) == read


@pytest.mark.parametrize(
    "text",
    [
        _FAX,  # the case's faxed report
        "Genetic counseling: 38F. Pt had BRCA1/2 (Myriad) 2021 neg. Surveillance unchanged.",
        "Pt had BRCAl/2 testing in 2021 - negative.",
        "BRCA 1/2 (Invitae) 2020: negative for pathogenic variants.",
        "Outside lab (Ambry) 2019\nBRCA1: negative for pathogenic variants\nBRCA2: negative",
        "GENEDX REPORT\nBRCA1/BRCA2: No pathogenic or likely pathogenic variants detected",
    ],
)
def test_a_prior_germline_result_as_records_write_it_is_found(text: str) -> None:
    assert any(_prior(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Sister had BRCA1/2 (Myriad) 2021 neg.",
        "Mother: BRCA 1/2 (Invitae) 2020: negative.",
        "BRCA1/2 sent today (Invitae), results pending.",
        "BRCA1/2 (tumor NGS) 2021 negative.",
        "FoundationOne CDx - tumor tissue (somatic)\nBRCA1: no pathogenic variant detected\n"
        "BRCA2: no pathogenic variant detected",
        "TUMOR NGS PANEL (Tempus xT)\nBRCA2: negative\nGermline testing recommended.",
        "If BRCA1: negative, routine screening.",
    ],
)
def test_a_relative_s_pending_or_tumor_result_is_no_prior_test(text: str) -> None:
    assert not any(_prior(text)), text


def test_a_germline_report_below_a_tumor_history_is_still_found() -> None:
    # The tumor named only in the history ("tumor ER+") names no tumor test.
    text = "Hx breast ca, tumor ER+ HER2-.\nMYRIAD BRACAnalysis\nBRCA1: negative"
    assert any(_prior(text))
