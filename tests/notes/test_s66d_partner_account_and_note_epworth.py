"""A bed partner's account in its bare words ("husband reports pauses and choking") and an
Epworth of 11 or more written in the note are sleep symptoms (brief s66-d, blind wave 68,
IX/sleep-02: "S: husband reports pauses and choking, pt wakes 4-5x/night, exhausted. ESS 11."
was read as no symptom). A denied account, a partner's own symptom, a normal Epworth, and a
goal's score are not.
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
        "Bed partner observed apneas x 2 yrs.",
        "ESS 11.",
        "Epworth score 16/24.",
        "ESS: 14",
        "Epworth sleepiness scale = 18",
    ],
)
def test_a_partner_account_or_high_epworth_is_a_sleep_symptom(text: str) -> None:
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
def test_no_account_or_a_normal_epworth_is_not(text: str) -> None:
    assert not stated(text, "sleep-symptom")
