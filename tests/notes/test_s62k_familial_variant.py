"""A known pathogenic variant, the patient's or a relative's, is the cancer history the
hereditary-cancer testing criteria ask for (NCCN: a known pathogenic variant in a blood relative),
however the result is worded around the gene: "pathogenic BRCA2 variant", "likely pathogenic
variant in MSH2", "positive for BRCA1", "BRCA 2" with a space, the moderate-penetrance genes
(ATM, CHEK2, TP53 ...) a panel reports (phrasing grid s62, GEN-001: "Sister tested positive for a
pathogenic BRCA2 variant" went unread). A variant of uncertain significance, a panel negative
for pathogenic variants, or a test only wanted is no such history."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

WRITTEN = dt.date(2026, 3, 1)


def _history(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, WRITTEN)])
    return [
        f
        for f in found
        if f.concept == "hereditary-cancer-history" and not f.negated and not f.hypothetical
    ]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Mother carries a pathogenic BRCA1 variant (tested 2019).", True),
        ("Brother was found to have a likely pathogenic variant in MSH2.", True),
        ("Her son tested positive for a pathogenic variant in MLH1.", True),
        ("FHx: father + maternal cousin both positive for BRCA2.", True),
        ("Fam hx - dad has a CHEK2 pathogenic variant, no cancers.", True),
        ("sister tested postive for BRCA 2 last year", True),
        ("Maternal aunt has a germline ATM mutation identified on a panel.", True),
        ("Pt found to carry a pathogenic TP53 variant (Li-Fraumeni).", False),
        ("GENETICS: KNOWN FAMILIAL PATHOGENIC VARIANT IN PALB2 (SISTER).", None),
    ],
)
def test_a_known_pathogenic_variant_is_the_history(text: str, family: bool | None) -> None:
    found = _history(text)
    assert found
    # Whose it is matters less than that it is known: GEN-001 reads the two alike.
    assert family is None or any(f.family == family for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sister's panel showed a BRCA2 variant of uncertain significance.",
        "Prior multigene panel negative for pathogenic variants in BRCA1/2.",
        "No known pathogenic variant in the family.",
        "Wants testing for pathogenic variants in BRCA1 and BRCA2.",
        "Pt wants BRCA testing because a coworker tested positive.",
        "Panel ordered to look for a pathogenic variant in CHEK2 or ATM.",
    ],
)
def test_no_known_variant_is_no_history(text: str) -> None:
    assert not _history(text)
