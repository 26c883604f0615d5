"""The order's own visit frequency completes no plan of care (HHC-004). A practitioner's note
that names a plan of care without stating it ("POC from agency", "home health per agency plan",
"plan of care reviewed with agency, will certify") was met by the ServiceRequest's "SN 3w6":
met with no signed plan anywhere in the record (found by session s70-a beside blind wave 75,
KA/home-health-03). 42 CFR 424.22 and 409.43 ask for the plan the certifying practitioner signs
and dates, naming the disciplines and their frequency; the order asks for visits (HHC-005
reads its frequency as the visits requested), it is not that plan. The plan's frequency must be
in the plan: a CarePlan, a plan document, or the practitioner's note that states and signs it.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_VISIT = (
    "ID clinic, in person. R foot osteomyelitis s/p debridement. PICC placed. Ertapenem 1 g IV "
    "daily x 6 wks. Needs RN for PICC dressing/flush, weekly labs. Leaving home taxing. "
)


def _hhc_004(practitioner_text: str, ordered: str = "SN 3w6 for IV abx, PICC care.") -> str:
    order = {"authoredOn": "2026-03-03", "occurrenceDateTime": "2026-03-09",
             "note": [{"text": ordered}]}  # fmt: skip
    visit = _note("md", "2026-03-03", _VISIT + practitioner_text)
    bundle = record("G0299", visit, reason="M86.171", order=order)
    return status(bundle, "HHC-004", as_of=date(2026, 3, 5))["status"]


@pytest.mark.parametrize(
    "mention",
    [
        "Home health: POC from agency, certified by me.",
        "Home health plan of care reviewed with agency, will certify.",
        "HH POC reviewed w/ agency RN by phone, signed.",
        "Plan of care certified and signed 3/3/26.",
        "I certify the HH plan of care; agency to send 485.",
        "POC reviewed and signed by me today.",
        "home hlth plan of care certifed, signed.",
        "S: f/u osteo. A/P: HH SN; poc reviewed with agency and signed.",
        "Plan of care (485) signed 3/3.",
    ],
)
def test_the_orders_frequency_completes_no_plan(mention: str) -> None:
    # The note names a signed or reviewed plan but states no discipline frequency; the only
    # "SN 3w6" is the order's.
    assert _hhc_004(mention) != "met", mention


@pytest.mark.parametrize(
    "plan",
    [
        "Reviewed and signed POC 3/3/26: SN 3w6 PICC care, IV abx, weekly labs.",
        "HH plan of care certified and signed by me 3/3/26: SN 3w6, goals complete IV course.",
        "POC reviewed w/ agency, signed 3/3: SN 2w3 then 1w3 for PICC care and labs.",
    ],
)
def test_a_plan_the_note_states_and_signs_still_counts(plan: str) -> None:
    # The note's own frequency, with or without the order's.
    assert _hhc_004(plan) == "met", plan
    assert _hhc_004(plan, ordered="Home health SN, IV ertapenem.") == "met", plan


@pytest.mark.parametrize(
    "ordered",
    [
        "SN 2x/wk x 8 wks for wound care.",
        "Home health SN 3x/week for 6 weeks, PICC care.",
        "skilled nursing 2w4, 1w4 IV abx teaching",
    ],
)
def test_an_order_of_visits_with_their_duration_is_still_no_plan(ordered: str) -> None:
    assert _hhc_004("Home health: POC from agency, certified by me.", ordered) != "met", ordered
