"""Two plans written as terse notes write them (blind wave 96).

A bed: "Needs q2h repositioning + HOB<=30 -> semi-elec hosp bed + overlay." (NG/bed-03, the
ordering NP's home visit): the arrow from the need to a typed or hospital bed is the clinician's
decision to get it, with its use and features said beside it (BED-004, LCD L33820). A transfer's
arrow ("chair->bed"), a bed only named after the arrow, or an arrow leading away from the bed is
no plan.

A fusion: "Plan: flexion-extension films to r/o instability; L4-5 PLF." (NG/sps-02): PLF is the
posterolateral fusion, PSIF the posterior spinal instrumented fusion, as PSF already was
(SPS-006). A fusion had years ago or turned down is no plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status
from .test_judgement_wave20_bed_order_plan import _bed_plan


@pytest.mark.parametrize(
    "text",
    [
        "NP home visit: sacral PI stg 3, bedbound after CVA. Needs q2h repositioning + "
        "HOB<=30 -> semi-elec hosp bed + overlay. f/u 4 wks.",
        "Can't reposition in regular bed, HOB needs 30 deg => hi-lo bed w/ half rails.",
        "Bedbound, turns q2h -> hospital bed with gel overlay.",
    ],
)
def test_a_need_arrowed_to_a_typed_bed_plans_it(text: str) -> None:
    assert _bed_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Transfers chair->bed with mod assist; stand pivot.",
        "-> hosp bed.",
        "Hospital bed -> return to supplier, pt moved to SNF.",
        "Daughter asks -> hi-lo bed? Will discuss at next visit.",
    ],
)
def test_a_transfer_a_bare_name_or_an_arrow_away_is_no_plan(text: str) -> None:
    assert _bed_plan(text) != "met"


def _fusion_plan(text: str) -> str:
    note = _note("n1", "2026-05-22", text)
    bundle = record("22612", note, reason="M43.16")
    return status(bundle, "SPS-006", as_of=date(2026, 5, 26))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan: flexion-extension films to r/o instability; L4-5 PLF.",
        "A/P: grade 1 listhesis L4-5. Plan L4-5 PSIF, consented.",
        "Plan: L4-5 instrumented posterolateral fusion planned for 6/16.",
    ],
)
def test_a_fusion_written_short_is_the_surgical_plan(text: str) -> None:
    assert _fusion_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "PSH: L4-5 PLF 2014, did well until this year.",
        "Discussed L4-5 PLF; pt declined surgery, prefers injections.",
        "Plf discussed with family as an option in the future.",
    ],
)
def test_a_fusion_had_or_declined_is_no_plan(text: str) -> None:
    assert _fusion_plan(text) != "met"
