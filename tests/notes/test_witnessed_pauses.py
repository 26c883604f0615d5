"""A bed partner's "witnessed pauses" is a sleep symptom as "witnessed apneas" is (noticed by the
s42-c fix session on blind wave 46's FT/sleep-02, whose referral named it)."""

from __future__ import annotations

import pytest
from stated_findings import stated


@pytest.mark.parametrize(
    "text", ["Wife reports witnessed pauses most nights.", "Observed pauses at night per husband.",
             "Apneic pauses witnessed by daughter."],
)  # fmt: skip
def test_pauses_a_partner_saw_are_a_sleep_symptom(text: str) -> None:
    assert stated(text, "sleep-symptom")


def test_denied_pauses_are_not() -> None:
    assert not stated("Denies witnessed pauses or gasping.", "sleep-symptom")
