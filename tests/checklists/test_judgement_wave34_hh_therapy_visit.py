"""A home health therapist's visit note names the skilled need (blind wave 34, DW/hh-03).

"HH PT visit note 04/14: ambulates 40 ft RW CGA, freezing at doorways" was read as no skilled
need (HHC-002, CGS home health certification), though "PT home visit" (wave 33) and "home PT"
already name one: "HH PT visit" is the same visit with home health's own name first. A bare
"HH PT eval and treat" still names no skill, and a visit only to be ordered stays a plan.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _skilled_need(text: str, code: str = "G0151") -> str:
    bundle = record(code, _note("n1", "2026-02-20", text), reason="G20.A1")
    return status(bundle, "HHC-002")["status"]


# An OT visit is the need of an OT order, not of a PT one (of_ordered_discipline).
@pytest.mark.parametrize(
    "text, code",
    [
        ("HH PT visit note 2/20: walks 35 ft w/ rolling walker CGA, freezing at thresholds.",
         "G0151"),
        ("Home health OT visit: shower transfer min A, buttoning with cues.", "G0152"),
    ],
)
def test_a_home_health_therapist_s_visit_names_skilled_therapy(text: str, code: str) -> None:
    assert _skilled_need(text, code) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "HH PT eval and treat.",
        "Will order HH PT visits once insurance approves.",
    ],
)
def test_a_bare_referral_or_a_planned_visit_is_no_skilled_need(text: str) -> None:
    assert _skilled_need(text) == "missing"
