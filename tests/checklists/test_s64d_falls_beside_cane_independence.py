"""Falls told beside a cane walked with independently stay a mobility limitation (lead's class,
s64): "Walks independently with a cane but has fallen twice" lost its falls, "has fallen" being
no target (targets.yaml) and "... though she has had two falls at home" reading as independence
at home (home.py). No falls, falls denied, another's falls, "fell asleep" are none."""

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
        "Walks independently with a cane but has fallen twice.",
        "Has fallen twice.",
        "Walks independently with a cane, though she has had two falls at home.",
        "Walks with cane independently; has fallen 3 times.",
        "Ambulates indep w/ SPC, pt states she has fallen 2x since Christmas.",
        "Gait: mod I w/ cane. Fallen x2 in last 3 mo.",
        "Walks independently w/ cane but has fallen at home twice.",
    ],
)
def test_falls_beside_an_independent_cane_are_a_limitation(text: str) -> None:
    assert _wlk(text) == "met", text
    assert _whc(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Walks independently with a cane, no falls.",
        "Independent at home with cane; no falls in past year.",
        "Has fallen arches. Walks independently with a cane.",
        "Denies falls. Walks independently with a cane.",
        "Walks independently at home with a cane, has not fallen.",
        "Walks independently with cane; fell asleep in waiting room.",
        "Mother has fallen several times. Pt walks independently with a cane.",
    ],
)
def test_no_falls_or_not_the_patient_s_stay_independence(text: str) -> None:
    assert _wlk(text) != "met", text
    assert _whc(text) != "met", text
