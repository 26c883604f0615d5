"""A hyaluronan series named by the drug's own name is the prior series (s69-p).

"Hyaluronic acid series R knee 6/2025 with good relief" and "Viscosupplement series ..." were
no series: injectable-hyaluronan-knee HYA-006 (six months since the last series) did not apply
and HYA-002 asked three months of care again of a repeat series (a false alarm), and a series
given under six months before went unseen (a false met). The generic names (hyaluronic acid,
hyaluronan, hyaluronate, hylan) and "viscosupplement" are the product as much as its brands
are. Planned, discussed or declined, they stay no series given (ConText, as for the brands).
The patient's "gel shots" stays unread (targets.yaml says why).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _series(text: str) -> list[bool]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 3, 10))])
    return [f.asserted for f in found if f.concept == "viscosupplementation"]


@pytest.mark.parametrize(
    "text",
    [
        "Hyaluronic acid series R knee 6/2025 with good relief.",
        "Hyaluronic acid x3 R knee 5/2025, helped ~7 months.",
        "Hyaluronan series 5/2025, good relief.",
        "Sodium hyaluronate series R knee 4/2025.",
        "Hylan G-F 20 R knee 3/2025 with 6 months of relief.",
        "Viscosupplement series R knee 3/2025, good relief.",
        "Viscosupplement injections R knee 2025 helped.",
        "Prior viscosupplement R knee 4/2025 - relief until fall.",
        "s/p hyaluronic acid R knee 5/2025.",
    ],
)
def test_the_generic_name_is_the_series(text):
    assert any(_series(text))


@pytest.mark.parametrize(
    "text",
    [
        "Plan: hyaluronic acid series R knee.",
        "Candidate for viscosupplement series.",
        "Discussed hyaluronan injections; pt declined.",
        "No prior hyaluronic acid injections.",
        "Pt asks about hyaluronic acid.",
    ],
)
def test_a_series_planned_or_denied_is_none_given(text):
    assert not any(_series(text))
