"""A knee steroid injection followed by "; PT declined" (the patient, abbreviated) is no failed
injection for HYA-003 (brief s90-noticed1, item 3), as "; pt declined" is not
(test_judgement_s89_refused_next); an injection had before it still counts, "PT" then being the
therapy declined.
"""

from __future__ import annotations

import pytest

from .test_judgement_s89_refused_next import _hya003


@pytest.mark.parametrize(
    "text",
    [
        "CSI L knee; PT declined.",
        "Steroid injection L knee; PT declined (afraid of needles).",
        "Cortisone injection L knee offered; PT declines.",
        "CSI L knee; pt declined.",
    ],
)
def test_an_injection_the_patient_declined_is_not_met(text: str) -> None:
    assert _hya003(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "CSI L knee 11/2025, relief 2 wks only; PT declined.",
        "Had steroid injection L knee x2 in 2025, no lasting relief; PT declined.",
    ],
)
def test_an_injection_had_then_therapy_declined_still_counts(text: str) -> None:
    assert _hya003(text) == "met"
