"""A medication list's lines are its entries, each one drug with its own dose and dates, even when
they start in lower case after an entry that ends in a word (brief s68-l). unwrap joined such a
line to the one before as a hard-wrapped sentence, so the list read as one statement and one drug
took another's dates: "sulfasalazine 1 g bid" over "folic acid 1 mg - 2019 to present" made six
years of sulfasalazine, a false "met" for infliximab's step therapy (INF-002). A sentence that
wraps before a drug ("on\nibuprofen 800 mg", "pt taking\nibuprofen") is still one statement.
"""

from __future__ import annotations

import pytest

from smartapp.notes.text_cleanup import unwrap


@pytest.mark.parametrize(
    "text",
    [
        "partial response\nazathioprine 125 mg - 10/2024 to 07/2026",
        "azathioprine 125 mg - 10/2024 to 07/2026\nbudesonide MMX 9 mg - 07/2026",
        "sulfasalazine 1 g bid\nfolic acid 1 mg - 2019 to present",
        "azathioprine 125 mg\nbudesonide MMX 9 mg - 10/2024 to 07/2026",
        "methotrexate 15 mg weekly (new)\nprednisone 10 mg since 2023",
        "mesalamine 4.8 g/day - partial response\ninsulin glargine 10 units qhs",
        "hydroxychloroquine 200 mg bid\nlactulose 15 ml daily",
        "leflunomide 20 mg - stopped, rash\nmeloxicam 15 mg daily - 2022 to present",
    ],
)
def test_a_line_that_opens_with_a_drug_and_its_strength_is_its_own_entry(text: str) -> None:
    assert unwrap(text) == text, text


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("failed a trial of\nibuprofen 800 mg", "failed a trial of ibuprofen 800 mg"),
        (
            "pain better since\npt taking ibuprofen 800 mg",
            "pain better since pt taking ibuprofen 800 mg",
        ),
        ("seen today\nwith ibuprofen 800 mg tid", "seen today with ibuprofen 800 mg tid"),
        ("was advised to\ntake naproxen 500 mg bid", "was advised to take naproxen 500 mg bid"),
        ("knee pain improved\nafter 6 wks of PT", "knee pain improved after 6 wks of PT"),
        ("dose was\nincreased to 20 mg weekly", "dose was increased to 20 mg weekly"),
    ],
)
def test_a_sentence_wrapped_before_a_drug_stays_one_statement(text: str, joined: str) -> None:
    assert unwrap(text) == joined
