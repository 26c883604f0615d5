"""A cane, walker or crutches used until a time and given up because of falls or an inability
(brief s76-conserv): the device tried and failed that WHC-003 asks for (NCD 280.3 B).

Blind wave 87, LU/wheelchair-03: "Can no longer walk (was using rollator until Sept, fell x4)."
read the rollator's falls as denied by "no longer" before the bracket (bracket_denials
.aside_opens_after); KC/wheelchair-03: "Walked short distances w/ forearm crutches/walker until
spring; now knees buckle, 3 falls since June." told the reason past the semicolon that cut the
statement (devices_given_up.py). Near misses: the reason denied, feared or conditional, a device
no longer needed, an inability of something else, a bracket that is the denial's own object."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 11, 18))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Neurology: ALS, progressive. Can no longer walk (was using rollator until Sept, fell x4).",
        "No longer ambulatory (used a walker till spring - falls x3).",
        "Walked short distances w/ forearm crutches/walker until spring; now knees buckle, "
        "3 falls since June.",
        "Used a cane till March; too weak to hold it now.",
        "Rollator until Sept (falls x3), now w/c bound.",
        "Used a walker until 8/2026, legs gave out, fell twice.",
    ],
)
def test_a_device_given_up_for_falls_or_weakness_failed(text: str) -> None:
    assert _walker_fails(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Used walker until spring; no falls since, walks unaided.",
        "Used rollator until June; walks unaided now.",
        "Used walker until her hip healed; unable to drive.",
        "Use walker until PT eval; if falls recur, consider w/c.",
        "Used a walker until 2025, fall risk low.",
        "Walker: no (fell with cane x2).",
        "Family hx: mother used a walker until 2020; fell x3.",
    ],
)
def test_a_device_no_longer_needed_or_a_reason_denied_is_not(text: str) -> None:
    assert not _walker_fails(text), text
