"""A revision's hip film shows the failed implant, not arthritis (blind wave 89,
ME/hip-arthroplasty-03): "L THA: progressive radiolucent lines ... c/w loosening of both
components" before a revision (27134) was read as no film, a false alarm on THA-001. Loosening,
osteolysis, subsidence, component migration and liner wear are the implant-failure findings
(targets.yaml ``implant-failure-findings``); a film that denies them or only suspects them finds
none."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _failure_found(text: str) -> bool:
    found = find_findings([NoteInput("DiagnosticReport/r1", text, date(2026, 7, 1))])
    return any(
        f.concept == "implant-failure-findings"
        and not (f.negated or f.speculative or f.hypothetical or f.family)
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "L THA: progressive radiolucent lines zones 1-7 femoral stem and acetabular migration "
        "4 mm vs 2024, c/w loosening of both components.",
        "XR R hip: periprosthetic osteolysis greater trochanter, eccentric polyethylene wear.",
        "Femoral stem subsidence 6 mm since 2023.",
        "Impression: aseptic loosening of the acetabular component.",
    ],
)
def test_a_failing_implant_on_the_film_is_found(text: str) -> None:
    assert _failure_found(text)


@pytest.mark.parametrize(
    "text",
    [
        "L THA components well fixed, no loosening or osteolysis.",
        "No evidence of loosening.",
        "Impression: stable L THA without subsidence.",
        "Hip pain after THA; r/o loosening.",
    ],
)
def test_a_film_that_denies_or_only_suspects_it_finds_none(text: str) -> None:
    assert not _failure_found(text)
