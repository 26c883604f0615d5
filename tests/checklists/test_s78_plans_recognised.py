"""Plans the engine did not recognise (blind wave 93, brief s78-plan).

HYA-004: "Plan: repeat Hyalgan 20 mg L knee weekly x3 starting 6/15 (>6 mo since last 11/3/25)."
was dated by the last series' day, November, and dropped as an old plan (MU/hya-02). A date the
plan gives the earlier course it repeats ("since last 11/3/25", "last series 11/2025", "prior
series ended 11/3/25") is that course's, not the plan's (finding_dates.earlier_one_date). A plan
dated by its own old day, or a past series told with its result, is still no plan.

KAS-004: "Plan: L ACL recon w/ BTB autograft 12/10. Goal RTS 9-12 mo." was no arthroscopy plan
(MU/kas-02): ligament reconstruction as surgeons shorten it ("ACL recon", "ACLR", the graft
named: "BTB autograft", "HS autograft") is the planned procedure (notes/targets.yaml). A past
reconstruction, one the patient declines (declined_surgery.py now reads the arthroscopy's plan
too: "Discussed L knee arthroscopy, pt declines surgery" was already read as the plan) and one in
the family are not.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _injection_plan(text: str) -> str:
    bundle = record(
        "J7321", _note("n1", "2026-06-08", text), reason="M17.12",
        order={"authoredOn": "2026-06-08", "occurrenceDateTime": "2026-06-15"},
    )  # fmt: skip
    return status(bundle, "HYA-004", as_of=date(2026, 6, 10))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "F/u L knee OA.\nPlan: repeat Hyalgan 20 mg L knee weekly x3 starting 6/15 "
        "(>6 mo since last 11/3/25).",
        "Plan: repeat Supartz L knee x5, last series 11/2025.",
        "Plan: Hyalgan 20 mg L knee weekly x3 from 6/15, prior series ended 11/3/25.",
        "Plan: Euflexxa x3 weekly L knee (7 mo since 11/2025 series).",
        "Plan: Durolane L knee, last injection 10/1/25 helped 6 mo.",
        "Plan: Synvisc-One once L knee; previous one 9/2025.",
        "Plan: series of 3 weekly injections L knee (Gelsyn), most recent series 10/2025.",
    ],
)
def test_a_repeat_dated_by_the_last_series_is_this_visits_plan(text: str) -> None:
    assert _injection_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        # The plan's own old day: the plan of that day, not this one's.
        "Plan of care (11/3/25): Hyalgan L knee weekly x3 - completed.",
        "Plan: Euflexxa x3 L knee 11/2025.",
        # A past series told with how it went (test_s68j_past_series_not_the_plan).
        "Hyalgan x3 L knee Oct-Nov 2025, good relief ~6 mos.",
    ],
)
def test_an_old_plan_or_a_past_series_is_no_plan(text: str) -> None:
    assert _injection_plan(text) == "missing"


def _arthroscopy_plan(text: str) -> str:
    bundle = record(
        "29888", _note("n1", "2026-11-24", text), reason="S83.512A",
        order={"authoredOn": "2026-11-24", "occurrenceDateTime": "2026-12-10"},
    )  # fmt: skip
    return status(bundle, "KAS-004", as_of=date(2026, 11, 30))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "17 yo F soccer, L knee pivot 10/18. Lachman 2B.\n"
        "Plan: L ACL recon w/ BTB autograft 12/10. Goal RTS 9-12 mo.",
        "Plan: ACLR L knee with HS autograft 12/10.",
        "Plan: L knee ACL reconstruction, quad tendon autograft.",
        "A/P: complete L ACL tear. Proceed with L ACL recon (hamstring autograft) 12/10.",
        "Plan: L knee BTB autograft ACL 12/10, RTS 9-12 mo.",
        "Plan: L MPFL reconstruction 12/10.",
        "Plan: L knee scope + MMR 12/10.",
        # A refusal of other care beside the plan leaves the plan (declined_surgery.py).
        "Plan: L ACL recon 12/10, prehab PT offered, pt declined.",
        "Plan: L knee scope 12/10; pt declined injection.",
    ],
)
def test_ligament_reconstruction_as_surgeons_write_it_is_the_plan(text: str) -> None:
    assert _arthroscopy_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "PSH: L ACL recon 2019. Now L knee pain.",
        "Discussed L ACL recon, pt declines surgery.",
        "Discussed L knee arthroscopy; pt declines.",
        "FHx: brother had ACL recon.",
        "Immunizations: MMR, Tdap UTD. L knee pain after pivot.",
        "L knee: s/p ACLR 2018 with HS autograft, doing well.",
    ],
)
def test_a_past_declined_or_family_reconstruction_is_no_plan(text: str) -> None:
    assert _arthroscopy_plan(text) == "missing"
