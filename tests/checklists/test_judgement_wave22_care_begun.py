"""A summary's weeks counted back past the day an earlier note planned to begin that care begin
there (blind wave 22, CA/spine-02): "Has failed 3 months of conservative care including PT,
NSAIDs and HEP" on 4/14 counted back to 1/14, a 96-day episode for a fusion's three months,
where the PCP's 2/2 note planned "start naproxen 500 BID, PT referral, HEP" and the reviewer
counted 77 days from then to the request. A plan to continue or change care already going on is
no beginning, and weeks counted back that stay after the plan keep their days."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.care_begun import begun_by_plan
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_SPONDY = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M43.16"}]},
    "onsetDateTime": "2026-01-19",
}


def _fusion(plan: str) -> str:
    pcp = _note(
        "n1",
        "2026-02-02",
        f"PCP visit 2/2/2026. LBP and leg aching since mid-January. Exam: lumbar TTP.\n"
        f"Plan: {plan}",
    )
    consult = _note(
        "n2",
        "2026-04-14",
        "SPINE CONSULT 4/14/2026\nHPI: LBP and L5 leg pain. Has failed 3 months of conservative "
        "care including PT, NSAIDs and HEP.\nP: L4-5 TLIF.",
    )
    request = {"authoredOn": "2026-04-14", "occurrenceDateTime": "2026-04-30"}
    bundle = record("22630", _SPONDY, pcp, consult, reason="M43.16", order=request)
    report = score_bundle(bundle, as_of=date(2026, 4, 20))
    return {i["id"]: i for i in report["items"]}["SPS-009"]["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "start naproxen 500 BID, PT referral, HEP.",
        "Begin meloxicam 15 mg daily, refer to PT and start a HEP.",
    ],
)
def test_weeks_counted_back_past_the_plan_to_begin_care_begin_there(plan: str) -> None:
    assert _fusion(plan) != "met"


def test_a_plan_to_go_on_with_care_is_no_beginning() -> None:
    assert _fusion("continue naproxen 500 BID and PT 2x/wk, HEP.") == "met"


class _F:
    def __init__(self, snippet: str, concept: str, planned: bool = True) -> None:
        self.snippet, self.concept, self.planned = snippet, concept, planned
        self.note_ref, self.hypothetical, self.family, self.negated = "n", False, False, False
        self.asserted = not planned


@pytest.mark.parametrize(
    ("snippet", "begun"),
    [
        ("Plan: start naproxen 500 BID", True),
        ("PT referral placed", True),
        ("Trial of meloxicam 15 mg daily", True),
        ("continue naproxen, increase PT to 3x/wk", False),
        ("Restart formal PT", False),
    ],
)
def test_what_plans_a_beginning(snippet: str, begun: bool) -> None:
    found = begun_by_plan([_F(snippet, "nsaid")], {"n": date(2026, 2, 2)})
    assert ("nsaid" in found) is begun
