"""A walker or cane that fails because the patient desaturates may say so with the value reached
("walks 10 ft with rollator before SpO2 drops to 85%": wave 41, EZ/whc-03), not only with
"desats". NCD 280.3 B: the device is tried and the limitation stands. Only a value in the
hypoxemic range (88% or less, NCD 240.2); a small dip or one the note denies is no failure."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _device_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 4, 7))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "COPD on 2L. Goes 15 ft with her walker before O2 sats fall to 83%, then sits.",
        "Ambulates 20 ft w/ rollator until sats drop to the low 80s.",
        "Four-wheeled walker: SpO2 dropped to 86% after 25 ft.",
    ],
)
def test_the_value_reached_is_the_desaturation(text: str) -> None:
    assert _device_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Goes 15 ft with her walker before SpO2 drops to 93%, then continues.",
        "Walker: SpO2 at rest 95%, 30 ft walked.",
        "Walks 40 ft with cane; sats stay 94% on 2L.",
    ],
)
def test_a_small_dip_or_none_is_no_failure(text: str) -> None:
    assert not _device_fails(text)
