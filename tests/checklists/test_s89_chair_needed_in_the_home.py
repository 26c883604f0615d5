"""The chair needed to reach the rooms of the home or to do a daily activity there (blind wave
104, OH/wheelchair-03: "Needs to self-propel to all rooms, toileting, meals"): without it the
mobility-related daily activities are not done, the in-home limitation NCD 280.3 and LCD L33789
ask for (WHC-002). Near misses: a need only outside the home, a relative's, one denied, past,
resolved or still to come, and the chair's accessory or access.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _whc(text: str) -> str:
    bundle = record(
        "K0005", _note("n", "2026-02-10", text), reason="G82.21", order_type="DeviceRequest"
    )
    return status(bundle, "WHC-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: No ambulatory potential - cane/walker not an option. Needs to self-propel to all "
        'rooms, toileting, meals; lives alone in accessible apartment (36" doors).',
        "Needs the wheelchair to get to the bathroom.",
        "Requires w/c for toileting and meals.",
        "Depends on her wheelchair to reach the kitchen and bathroom.",
        "Relies on manual WC for all household mobility.",
        "Needs to wheel herself from room to room.",
    ],
)
def test_the_chair_needed_for_the_rooms_and_daily_activities_of_the_home_is_a_limitation(
    text: str,
) -> None:
    assert _whc(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Needs w/c for community outings.",
        "Needs the wheelchair only for outings, not in the house.",
        "Needs the w/c for doctor appointments and shopping.",
        "Husband needs wheelchair to get to the bathroom.",
        "Her mother needs the wheelchair to get to the bathroom.",
        "Family history: father needs w/c to get to the bathroom.",
        "Does not need the wheelchair to get to the bathroom.",
        "Denies needing wheelchair to get to the bathroom.",
        "No longer needs w/c for toileting.",
        "Needed w/c to get to the bathroom after the fracture; now walks unaided.",
        "Was dependent on w/c for toileting until June.",
        "Will need w/c for toileting after surgery.",
        "Needs w/c for toileting - resolved.",
        "Requires the wheelchair-accessible bathroom at the clinic.",
    ],
)
def test_a_need_outside_the_home_a_relatives_denied_or_past_is_not(text: str) -> None:
    assert _whc(text) != "met", text
