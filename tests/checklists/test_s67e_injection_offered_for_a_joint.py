"""A steroid injection offered, discussed or recommended for the joint is no injection had, the
joint written between the care and the offer.

Blind wave 70, JH/hya-03: "Steroid injection R knee offered today - pt prefers 'the gel
shots'" met HYA-003 for a right-knee hyaluronan series: the offer was read only when it stood
right after the care's name ("Azathioprine was offered"), and "R knee" stood between. A region
with its side may stand there now; an injection given, with a repeat offered, still counts.
"""

from __future__ import annotations

import pytest

from .test_s54c_knee_steroid_history import _steroid_history


@pytest.mark.parametrize(
    "hpi",
    [
        "Steroid injection R knee offered today - pt prefers the gel shots.",
        "Cortisone shot to the right knee was offered 8/2026; she wants to try gel first.",
        "Steroid inj R knee disc'd today, pt prefers HA.",
        "Corticosteroid injection of the R knee suggested; declined.",
        "Cortisone injection R knee (offered) - pt prefers to avoid steroids.",
        "Kenalog inj rt knee reccomended, she would rather not.",
        "IA steroid (R knee) offerred at last visit - wants gel instead.",
        "CSI R knee discussed, pt not keen.",
    ],
)
def test_an_injection_offered_for_the_knee_was_not_had(hpi: str) -> None:
    assert _steroid_history(hpi) == "missing"


@pytest.mark.parametrize(
    "hpi",
    [
        "Steroid injection R knee 3/2025 - helped ~6 wks.",
        "R knee cortisone inj 2024 given, offered repeat today - declines.",
        "Steroid injection R knee given 4/2026, offered HA today.",
        "Kenalog R knee 4/2025 gave 2 months relief, repeat discussed.",
        "s/p R knee CSI 2024; steroid injection offered again today but pt wants gel.",
    ],
)
def test_an_injection_had_with_a_repeat_offered_still_counts(hpi: str) -> None:
    assert _steroid_history(hpi) == "met"
