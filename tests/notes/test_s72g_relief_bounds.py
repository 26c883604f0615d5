"""A block's relief written with a bound is read as the bound says (brief s72-g, the lead's probe:
"dual MBBs <50%" was read as 50% relief beside the series reader's 49).

Below a bound ("<50%", "less than 50%", "under 50%", "below 80%") is read just under it, so a
relief of "<50%" meets no repeat's 50% and "<80%" no ablation's 80%; above one (">80%", "greater
than 80%", "over 80%", "at least 80%") is read as the number, which meets it. Read alike whether
the bound stands before the relief word or after it ("relief <50%", "relief of less than 80%"),
in a percentage of improvement or one held for a time ("<50% x 4 mo"). A saturation's bound stays
a threshold ("SpO2 <88% for 42 min" is 88).
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _values(text: str, concept: str = "block-relief") -> list[float | None]:
    return [
        f.value
        for f in find_findings([NoteInput("DocumentReference/n1", text)])
        if f.concept == concept and f.asserted
    ]


@pytest.mark.parametrize(
    ("text", "below"),
    [("Dual MBBs <50% relief.", 50),
     ("dual MBBs <50%.", 50),
     ("MBB 3/2: less than 50% relief.", 50),
     ("MBB 3/2 gave under 50% relief.", 50),
     ("L4-5 MBB 3/2: only 40% relief.", 50),
     ("MBB 3/2 - relief <50%.", 50),
     ("MBB 3/2: relief of less than 80%.", 80),
     ("Facet injection 3/2: relief only 40%.", 50),
     ("MBB 3/2 relief was below 80%.", 80),
     ("L5-S1 TFESI 1/10: <50% relief x 3 months.", 50),
     ("s/p TFESI 9/16/25. <50% x 4 mo.", 50),
     ("MBB 3/2 - pt reports less than 50% improvement.", 50),
     ("MBB 3/2 relief <50% for 10 min.", 50),
     ("MBB #1 80% relief; MBB #2 < 80% relief.", 80)],
)  # fmt: skip
def test_relief_under_a_bound_is_read_below_it(text: str, below: float) -> None:
    values = _values(text)
    assert values and all(v is not None for v in values), values
    assert min(v for v in values if v is not None) < below, values
    if "80% relief;" not in text:
        assert all(v is not None and v < below for v in values), values


@pytest.mark.parametrize(
    "text",
    ["Dual MBBs >80% relief.",
     "MBB 3/2 relief >80%.",
     "MBB 3/2: greater than 80% relief.",
     "MBB 3/2 relief: over 80% x 6 hrs.",
     "MBB 3/2 relief was >80%.",
     "MBB 3/2 with at least 80% relief.",
     "MBB 3/2: 85% relief."],
)  # fmt: skip
def test_relief_over_a_bound_is_read_at_it(text: str) -> None:
    values = _values(text)
    assert values and all(v is not None and v >= 80 for v in values), values


def test_a_relief_held_only_hours_gives_no_percentage() -> None:
    assert _values("MBB 3/2: relief only 2 hrs.") == [None]


def test_a_saturation_bound_stays_a_threshold() -> None:
    assert _values("Overnight oximetry: SpO2 <88% for 42 min.", "spo2") == [88.0]
