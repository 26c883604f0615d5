"""Care told on the lines after an allergy list written on its header's line is care (brief
s70-f, list_ends.py): read as the list's next items, "Naproxen 500 BID since 11/1/25 and PT 2x/wk
since 11/15/25" were reactions and LMRI-003 went without its six weeks. A reaction on the next line
("naproxen - GI upset") stays the list's and is no course of the drug.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

ALLERGY_LINES = [
    "Allergies: PCN (rash), sulfa",
    "ALLERGIES: naproxen (rash).",
    "Allergies/intolerances: codeine - nausea; sulfa - hives",
    "Allergy: latex",
]

_CARES = [
    "Naproxen 500 BID since 11/1/25 and PT 2x/wk since 11/15/25, no relief.",
    "On meloxicam 15 mg daily since 11/2025. PT at Riverside 11/20/25-1/15/26, no better.",
]


def _lmri_003(text: str) -> str:
    bundle = record("72148", _note("n1", "2026-02-20", text), reason="M54.16")
    return status(bundle, "LMRI-003", as_of=date(2026, 2, 26))["status"]


@pytest.mark.parametrize("care", _CARES)
@pytest.mark.parametrize("allergies", ALLERGY_LINES)
def test_care_told_after_an_allergy_line_is_care(allergies: str, care: str) -> None:
    text = f"HPI: LBP radiating to L leg x 10 wks.\n{allergies}\n{care}\nPlan: MRI L-spine."
    assert _lmri_003(text) == "met", allergies


def test_a_reaction_on_the_next_line_is_no_course() -> None:
    text = (
        "HPI: LBP radiating to L leg x 10 wks.\nAllergies: PCN (rash)\n"
        "naproxen - GI upset 11/2025\nPlan: MRI L-spine."
    )
    assert _lmri_003(text) != "met"
