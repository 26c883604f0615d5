"""A cane a note says the patient walks independently with is no mobility limitation for a
walker or wheelchair (WLK-002, WHC-002; cane_independence.py, s62-g). Needing the cane, being
unable to walk without it, falls with it, or independence denied or past stay limitations."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _wlk(text: str) -> str:
    return status(record("E0143", _note("n", "2026-02-10", text), reason="R26.81"), "WLK-002")[
        "status"
    ]


def _whc(text: str) -> str:
    bundle = record(
        "K0001", _note("n", "2026-02-10", text), reason="G20.A1", order_type="DeviceRequest"
    )
    return status(bundle, "WHC-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Gait: uses a cane. Independent with ambulation.",
        "Functional status: Independent; ambulates with a cane.",
        "Ambulatory with cane, independent.",
        "Mobility: uses a cane - indep.",
        "Gait: with SPC. Mod I ambulation.",
        "Walks with a cane (independent).",
        "Ambulates independently with a cane, no falls.",
        "Able to walk independently with cane.",
        "Walking: independent w/ cane; 0 falls in past year.",
    ],
)
def test_a_cane_walked_with_independently_is_no_limitation(text: str) -> None:
    assert _wlk(text) != "met", text
    assert _whc(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Needs a cane to walk.",
        "Cannot walk without the cane.",
        "Unsafe with cane, 2 falls in the last month.",
        "Uses a cane; not able to walk independently.",
        "Previously ambulated independently with cane, now unable to walk more than 20 ft.",
        "Gait: uses a cane. Independent with ambulation but unsteady gait, fell 1/28.",
        "Uses a cane. Independent with medications.",
        "Uses a cane.\nIndependent with ambulation before her stroke.",
    ],
)
def test_needing_the_cane_or_independence_denied_or_past_stays_a_limitation(text: str) -> None:
    assert _wlk(text) == "met", text
