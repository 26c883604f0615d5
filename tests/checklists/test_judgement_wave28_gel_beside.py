"""A drug taken by mouth written beside a gel of another drug ("Diclofenac gel + APAP not
helping", "APAP + diclofenac gel") is no drug put on the skin: the gel is the other drug's. The
topical word near a drug's name was read as that drug's whatever list item held it, so the
acetaminophen taken through the spring was no piece of a shoulder's three months of care where
the checklist asks for drugs by mouth (blind wave 28, CW/tsa-02: PT ending in February, then
"Diclofenac gel + APAP not helping" in June). A topical word in the drug's own item ("APAP gel"
is no such thing, "diclofenac 1% gel"), or in an item naming no other drug ("Topical:
diclofenac"), still makes it the skin's."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_PT = "L shoulder OA. Completed PT 10/1/25-12/20/25, minimal gain. "


def _shoulder_care(text: str) -> str:
    """TSA-002 (84 days of care by mouth or PT in 365) as of 2026-03-01, one note of 2/20."""
    bundle = record("23472", _note("n1", "2026-02-20", _PT + text), reason="M19.012")
    return status(bundle, "TSA-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Diclofenac gel + APAP not helping.",
        "APAP + diclofenac gel not helping.",
        "Voltaren gel and Tylenol 1 g TID, no better.",
        "Diclofenac gel, naproxen 500 BID - no relief.",
    ],
)
def test_a_drug_by_mouth_beside_another_drugs_gel_is_taken(text: str) -> None:
    assert _shoulder_care(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Diclofenac gel not helping.",
        "Diclofenac gel + lidocaine patch not helping.",
        "Topical: diclofenac, lidocaine - not helping.",
        "Using diclofenac 1% gel QID, no better.",
    ],
)
def test_a_gel_alone_is_still_no_drug_by_mouth(text: str) -> None:
    assert _shoulder_care(text) == "partial"
