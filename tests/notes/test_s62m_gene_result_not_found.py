"""A gene named beside "mutation" is no hereditary-cancer history when the words around it say
none was found or a test only looks for one (phrasing grid s62, GEN-001: "Negative for BRCA1 and
BRCA2 mutations" and "Wants testing for BRCA1 mutation" read as a known variant, a false "met").
A carrier result, however worded, still counts."""

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
    "text",
    [
        "Negative for BRCA1 and BRCA2 mutations.",
        "Wants testing for BRCA1 mutation.",
        "BRCA1/2 mutation testing discussed.",
        "No known BRCA mutation in family.",
        "Pt requests BRCA mutation testing today.",
        "Prior testing negative for BRCA1 mutation.",
        "Tested neg for BRCA2 mutation in 2020.",
        "Interested in testing for a BRCA mutation.",
        "Screen for Lynch: MLH1 mutation analysis ordered.",
        "BRCA1 mutation: negative",
    ],
)
def test_a_variant_not_found_or_only_sought_is_no_history(text: str) -> None:
    assert not _history(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sister tested positive for a pathogenic BRCA2 variant.",
        "Known familial BRCA1 mutation.",
        "Mother is BRCA1 mutation positive.",
        "Sister has a BRCA2 mutation.",
        "Mother had testing for BRCA mutation - positive.",
        "Hx significant for BRCA1 mutation.",
        "Pt is a BRCA2 mutation carrier.",
    ],
)
def test_a_carrier_result_is_still_the_history(text: str) -> None:
    assert _history(text)
