"""A bracketed aside's region is not the finding's (blind wave 75, JY/tka-03).

A right TKA's note said "Imaging: ...; hip films 1/2026 mild hip OA (pain is knee not hip)."
The hip film's OA took the aside's "knee" for its own region, and stood as a radiograph of the
knee for TKA-001. In a clause that names a region outside its brackets, the finding is about
that region; an aside in brackets that does not hold the finding says why, or what else, not
where. A clause whose only region is in brackets ("Moderate OA (R knee)") keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 3, 2)


def _oa_regions(text: str) -> list[frozenset[str]]:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f.regions for f in found if f.concept == "oa-findings"]


def _bases(regions: frozenset[str]) -> set[str]:
    return {r.split(":")[0] for r in regions}


@pytest.mark.parametrize(
    "text",
    [
        "Imaging: hip films 1/2026 mild hip OA (pain is knee not hip).",
        "Imaging: hip films 1/2026 mild OA (pain is knee not hip).",
        "R hip xrays (to r/o referred knee pain) 1/27/26 show mild OA.",
        "XR hip 01/2026 (ordered for ?referred knee pain) mild degenerative OA.",
        "hip xr jan 2026 (knee films not repeated) mild OA",
        "Hip radiograph [knee pain, r/o hip source] 1/27/26 - mild OA",
    ],
)
def test_an_aside_naming_the_knee_leaves_a_hip_films_finding_the_hips(text: str) -> None:
    regions = _oa_regions(text)
    assert regions and all(_bases(r) == {"hip"} for r in regions)


@pytest.mark.parametrize(
    "text",
    [
        "Imaging: XR 1/2026 moderate OA (R knee).",
        "Standing films 2/10/26: severe medial OA (right knee), hip films normal.",
        "XR R knee 2/2026 (hip also imaged) severe medial OA.",
    ],
)
def test_the_knee_in_brackets_or_outside_them_stays_the_knees(text: str) -> None:
    regions = _oa_regions(text)
    assert regions and any("knee" in _bases(r) for r in regions)
