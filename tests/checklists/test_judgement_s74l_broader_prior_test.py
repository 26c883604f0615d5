"""Words that put the named genes inside a broader test make an earlier test a panel (GEN-004).

s73-c set an earlier germline test narrower than the order aside ("BRCA1/2 (2014) negative - no
panel/multigene testing done" before an 81432 panel). Its own report listed the danger: a bare
"BRCA" in the statement of a panel made the panel BRCA1/2-only, so a repeat panel was called not
done before ("Hereditary cancer testing (incl. BRCA1/2) 2019 negative"). A test is narrower only
when its words say so or its codes do and nothing says broader: "incl."/"including" just before
the genes, "and others"/"and other genes"/"included" just after them (checklist data,
``beyond_named``) make it a panel; the same words elsewhere ("BRCA1/2 sequencing including
del/dup", "recommend panel including BRCA1/2 and others", "no other genes included") do not.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.ordered_scope import text_rank

from .test_judgement_s73c_narrower_prior_test import (
    BRCA,
    BRCA2_VARIANT,
    PANEL,
    _gen004,
    _report,
    _said,
    _scopes,
)


@pytest.mark.parametrize(
    "text",
    [
        "Hereditary cancer testing (incl. BRCA1/2) 2019 negative.",
        "Prior testing: Myriad myRisk (BRCA1/2 and others) 2020 - negative.",
        "Prior testing: Invitae panel incl BRCA 2021 negative.",
        "Prior genetic testing: hereditary cancer testing including BRCA1/2, 2019 - negative.",
        "Prior genetic testing: CancerNext 2018 (BRCA1/2 included) negative.",
        "Prior genetic testing: Ambry 2018 negative for BRCA1/2 and other genes.",
        "Prior genetic testing: genetic testing including the BRCA genes 2019 - negative.",
    ],
)
def test_a_test_that_reached_beyond_the_named_genes_counts_before_a_panel(text: str) -> None:
    assert _gen004(PANEL, _said(text)) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "Prior testing: BRCA1/2 sequencing including del/dup 2014 - negative.",
        "Prior testing: BRCA1/2 only 2014 (no other genes included) - negative.",
        "Prior testing: BRCA1/2 2014 negative; recommend panel including BRCA1/2 and others.",
        "Prior testing: BRCA1/2 testing 2014 negative (panel not included).",
    ],
)
def test_a_brca_only_test_stays_narrower_before_a_panel(text: str) -> None:
    assert _gen004(PANEL, _said(text)) == "met", text


def test_a_report_under_brca_codes_whose_words_say_broader_counts_before_a_panel() -> None:
    report = _report("Hereditary cancer testing incl. BRCA1/2 (Myriad 2020): negative.")
    assert _gen004(PANEL, report) == "missing"
    report = _report("Hereditary cancer testing (BRCA1/2 and others) 2020: negative.")
    assert _gen004(PANEL, report) == "missing"


def test_a_report_under_brca_codes_with_no_broader_word_stays_narrower() -> None:
    assert _gen004(PANEL, _report("BRCA1/2 sequencing including del/dup 2014: negative.")) == "met"


@pytest.mark.parametrize(
    ("order", "text"),
    [
        # A statement with no word for the test between the genes and the year.
        (BRCA, "BRCA1/2 (2014) negative - no panel/multigene testing done."),
        (BRCA, "Genetics: BRCA1/2 2014: neg."),
        # A targeted test named by its kind before the gene.
        (
            BRCA2_VARIANT,
            "Prior testing: single-site analysis for the familial BRCA2 variant 2019 - negative.",
        ),
        (BRCA2_VARIANT, "Known familial variant testing 2018: negative."),
    ],
)
def test_the_same_test_so_stated_is_recognised_as_done(order: str, text: str) -> None:
    assert _gen004(order, _said(text)) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "Family history: sister BRCA2 (2019) positive. No prior genetic testing.",
        "Sister had single-site analysis for the familial BRCA2 variant in 2019 - positive.",
        "Plan: single-site analysis for the familial BRCA2 variant; if 2026 result negative, "
        "no further testing.",
    ],
)
def test_a_relatives_or_a_planned_test_is_no_test_done(text: str) -> None:
    assert _gen004(BRCA2_VARIANT, _said(text)) == "met", text


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Hereditary cancer testing (incl. BRCA1/2) 2019 negative", "multigene panel"),
        ("Myriad (BRCA1/2 and others) 2020", "multigene panel"),
        ("BRCA1, BRCA2 and other genes 2019 negative", "multigene panel"),
        ("BRCA1/2 full sequencing incl. large rearrangements 2014", "brca1/2"),
        ("BRCA1/2 only, not including PALB2 or CHEK2, 2014 negative", "brca1/2"),
        ("BRCA1/2 seq and del/dup included 2014", "brca1/2"),
        ("BRCA1/2 2014 negative; recommend panel including BRCA1/2 and others", "brca1/2"),
    ],
)
def test_the_scope_of_words_beyond_the_named_genes(text: str, scope: str) -> None:
    scopes = _scopes()
    rank = text_rank(scopes, text)
    assert (scopes[rank]["scope"] if rank is not None else None) == scope, text
