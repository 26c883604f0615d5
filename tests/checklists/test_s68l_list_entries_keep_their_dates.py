"""INF-002 reads each medication list entry's dates as its own drug's, not the next line's
(brief s68-l; unwrap: tests/notes/test_s68l_one_drug_per_line.py)."""

from __future__ import annotations

import pytest

from .test_s68c_drug_dates_after_a_dash import _step_therapy


@pytest.mark.parametrize(
    "text",
    [
        "Medication list:\nsulfasalazine 1 g bid\nfolic acid 1 mg - 2019 to present",
        "Medications\nazathioprine 125 mg\nbudesonide MMX 9 mg - 10/2024 to 07/2026",
        "Medications\nmethotrexate 15 mg weekly (new)\nprednisone 10 mg since 2023",
    ],
)
def test_a_drug_without_dates_takes_none_from_the_next_entry(text: str) -> None:
    assert _step_therapy(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Meds:\nmesalamine 4.8 g/day - partial response\nazathioprine 125 mg - 10/2024 to 07/2026\n"
        "budesonide MMX 9 mg - 07/2026",
        "Medications\nbudesonide MMX 9 mg\nazathioprine 125 mg - 10/2024 to 07/2026",
    ],
)
def test_a_drug_with_its_own_dates_keeps_them(text: str) -> None:
    assert _step_therapy(text) == "met", text
