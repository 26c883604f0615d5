"""An earlier episode told in the statement before its oxygen reading dates the reading (s70-k).

s70-c dated a saturation its own statement places in an earlier episode ("ED SpO2 87% then").
Notes split the two: "Had pneumonia in November; O2 sat was 87% at the ED.", "Admitted 11/2025
for CHF. Sats 86% on RA at that time." The reading, pointing back with no date of its own, was
dated by the visit and qualified OXY-001 though the visit's own tests (89% rest, 90% on the
walk) do not: a false met. It now takes the date the statement before it writes. A reading of
this visit, or one whose statement points at no episode, stays the visit's.
"""

from __future__ import annotations

import pytest

from .test_s70c_episode_readings import _TODAY_89, _oxy_001


@pytest.mark.parametrize(
    "said",
    [
        "Had pneumonia in November; O2 sat was 87% at the ED.",
        "Admitted 11/2025 for CHF. Sats 86% on RA at that time.",
        "ED visit 12/14/25 for COPD flare. SpO2 85% RA on arrival.",
        "Hospitalized Dec 2025 w/ CAP.\nsat 86% RA then.",
        "Seen in urgent care 1/2026 for bronchitis. Pulse ox 87% on room air at the time.",
        "Inpatient 10/2-10/6/2025 for AECOPD; spo2 84% RA on admission.",
        "Admitted in January for a COPD exacerbation. Sats 86% RA at the ED.",
        "Had flu in Dec 2025. O2 sats 85% on RA in the ER back then.",
        "CHF exacerbation 11/20/25 - admitted. Saturation 86% on RA during admission.",
    ],
)
def test_a_reading_pointing_back_takes_the_date_just_before(said: str) -> None:
    assert _oxy_001(said, _TODAY_89) in {"missing", "partial"}


@pytest.mark.parametrize(
    "said",
    [
        "Admitted 11/2025 for CHF. Sats 86% on RA today.",
        "Had pneumonia in November. Ambulatory sat 87% at this visit.",
        "Admitted 11/2025 for CHF. Sats 86% on RA at rest.",
        "Had pneumonia in November; now recovered. Walk test: SpO2 87% RA then 85% after 3 min.",
        "ED visit 12/14/25 for COPD flare. Currently sat 86% RA.",
        # Another event's date before this stay's ED (M/oxygen-02's discharge summary).
        "Former smoker (quit 2015), p/w 4 days of SOB. In ED SpO2 86% RA, RR 28.",
    ],
)
def test_a_reading_of_this_visit_stays_the_visits(said: str) -> None:
    assert _oxy_001(said, _TODAY_89) == "met"
