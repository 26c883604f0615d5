"""A therapist's visit in the home names home therapy, the skilled need (blind wave 33,
DS/home-health-02). A continuing home PT episode's latest note, 'PT home visit: TUG 24 s,
ambulates 60 ft w/ quad cane CGA ... Plan cont PT 2w8', was read as no skilled need (HHC-002,
CGS home health certification), though 'home PT' already names one: 'PT home visit' says the
same thing the other way round. A respiratory therapist's supply visit is no home health
discipline, and a visit only ordered stays a plan.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status


def _skilled_need(text: str, code: str = "G0151") -> str:
    bundle = record(code, _note("n1", "2026-02-20", text), reason="I69.351")
    return status(bundle, "HHC-002")["status"]


# An OT visit is the need of an OT order, not of a PT one (of_ordered_discipline).
@pytest.mark.parametrize(
    "text, code",
    [
        ("PT home visit: TUG 22 s, walks 50 ft w/ quad cane CGA. Pt still homebound.", "G0151"),
        ("OT home visit 2/20: tub transfer min A, dressing with cues.", "G0152"),
    ],
)
def test_a_therapist_s_home_visit_names_skilled_therapy(text: str, code: str) -> None:
    assert _skilled_need(text, code) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Respiratory therapy home visit (O2 supplier): concentrator checked.",
        "Will order PT home visit once insurance approves.",
    ],
)
def test_no_home_health_discipline_or_only_an_order_is_no_skilled_need(text: str) -> None:
    assert _skilled_need(text) == "missing"
