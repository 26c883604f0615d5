"""Film shorthand written in lower case is the film and its arthritis (s70-k).

"R knee xr 1/2026 severe oa" and "hip xr jan 2026 mild oa" gave no radiograph and no arthritis,
as only the capitals "XR" and "OA" were targets, so the knee and hip arthroplasty and hyaluronan
items called a documented film missing. "oa" is read where its statement names a joint, imaging
or a grade; "xr" where a joint, side or study word or a date, colon or reading verb stands
beside it. "OA" in either case is none where it is another abbreviation: on arrival after a
reading, a payer, clinic or program, a signer's initials, an oral appliance; "xr" is none as a
drug's extended release (notes/film_shorthand.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_OA = "diagnostic-results|oa-findings"
_XR = "diagnostic-results|x-ray"


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 3, 10))])
    return {f"{f.category}|{f.concept}" for f in found if f.asserted}


_FILMS = [
    "R knee xr 1/2026 severe oa",
    "hip xr jan 2026 mild oa",
    "xr R knee today: severe medial oa",
    "L hip xr 12/2025 - end-stage oa",
    "Imaging: standing xr rt knee 1/14/26 mod-severe tricompartmental oa",
    "knee xrs 2/2026 show severe oa medially",
    "xr: R shoulder advanced gh oa, acromion type II",
    "bilat knee xr jan 26 - severe oa L>R",
    "Xr R hip 11/2025 shows severe oa, KL 4",
    "R knee xr 1/2026 severe djd",
]


@pytest.mark.parametrize("text", _FILMS)
def test_a_lower_case_film_and_its_arthritis_are_read(text: str) -> None:
    found = _asserted(text)
    assert _OA in found
    assert _XR in found


@pytest.mark.parametrize(
    "text",
    [
        "SpO2 84% RA OA, placed on 2L NC.",
        "BG 38 OA, given D50.",
        "Pt OA to ED via EMS, alert.",
        "OA insurance card scanned, R knee xr 1/2026 ordered.",
        "Referred to the OA clinic for R knee.",
        "Will sign order; F2F 1/20/26. - OA",
        "Oral appliance (OA) therapy for OSA, R knee pain noted.",
        "pt seen, oa, f/u 2 wks",
    ],
)
def test_oa_as_another_abbreviation_is_no_arthritis(text: str) -> None:
    assert _OA not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "metformin xr 500 bid",
        "Meds: seroquel xr 300 mg qhs, lisinopril.",
        "on wellbutrin xr, mood stable",
    ],
)
def test_an_extended_release_drug_is_no_film(text: str) -> None:
    assert _XR not in _asserted(text)


def test_capital_oa_as_the_finding_still_counts() -> None:
    assert _OA in _asserted("Referred to the OA clinic; R knee XR 1/2026 severe OA.")
