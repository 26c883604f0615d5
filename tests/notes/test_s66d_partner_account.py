"""A bed partner's account in its bare words ("husband reports pauses and choking") is a sleep
symptom (brief s66-d, blind wave 68, IX/sleep-02: "S: husband reports pauses and choking, pt
wakes 4-5x/night, exhausted. ESS 11." was read as no symptom). A denied account is not, nor is
an Epworth score alone (an open denial before "ESS 14" denies it: test_s51e_bracketed_denial).
"""

from __future__ import annotations

import pytest
from stated_findings import stated


@pytest.mark.parametrize(
    "text",
    [
        "husband reports pauses and choking, pt wakes 4-5x/night.",
        "Wife notices gasping most nights.",
        "Per partner: he stops breathing, then snorts awake.",
        "Mom says she hears him choking and gasping.",
        "Spouse witnessed apneas on vacation.",
        "wife noticed pauses - lasting 10-15 sec.",
        "Bed partner observed apneas x 2 yrs.",
    ],
)
def test_a_partner_account_is_a_sleep_symptom(text: str) -> None:
    assert stated(text, "sleep-symptom")


@pytest.mark.parametrize(
    "text",
    [
        "Wife denies witnessing pauses or choking.",
        "Husband reports no pauses or gasping.",
        "ESS 6.",
        "Epworth 8/24, not sleepy.",
        "Goal: ESS < 10.",
    ],
)
def test_a_denied_account_or_a_normal_epworth_is_not(text: str) -> None:
    assert not stated(text, "sleep-symptom")
