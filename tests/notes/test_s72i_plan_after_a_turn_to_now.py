"""A plan after a turn to the present is not dated by the earlier clause's deed (brief s72-i).

"L TKA 2023, now R TKA planned" read the right TKA as a 2023 plan (the nearest date, in the
clause before), and the checklist dropped it as an old plan: the brief's near miss, where the
second surgery is the plan. A clause break, then "now" / "currently" / "presently", turns from the
earlier deed to the visit; the earlier clause's date is the deed's (finding_dates.nearest_date).
The earlier surgery keeps its own date, and a plan with no such turn keeps the nearest.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

DAY = date(2026, 3, 2)
_SURGERIES = {"knee-replacement-plan", "hip-replacement-plan", "shoulder-replacement-plan",
              "arthroscopy-plan", "bariatric-plan", "surgery-plan"}  # fmt: skip


def _dates(text: str, side: str) -> set[date | None]:
    """The dates of the surgical findings of ``side`` ("none": unsided) in ``text``."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    out = set()
    for f in found:
        sides = {r.split(":")[1] for r in f.regions if ":" in r} or {"none"}
        if f.concept in _SURGERIES and side in sides:
            out.add(f.when)
    return out


@pytest.mark.parametrize(
    "text, side",
    [
        ("L TKA 2023, now R TKA planned", "right"),
        ("R THA 2021 did well, now L THA planned 4/2026", "left"),
        ("s/p R TSA 3/2024 - now L TSA", "left"),
        ("Lt TKA 6/2022; now rt knee OA, proceed rt TKA", "right"),
        ("R TKA (2019), currently L knee end-stage OA - L TKA 3/20", "left"),
        ("R THA 2021, but now L THA recommended", "left"),
        ("L knee scope 2020 - presently R TKA indicated", "right"),
        ("right TSA in 2023, and now left reverse TSA", "left"),
    ],
)
def test_the_plan_after_a_turn_to_now_is_not_the_old_deeds(text: str, side: str) -> None:
    assert _dates(text, side) == {None}


@pytest.mark.parametrize(
    "text, side, when",
    [
        # the earlier surgery keeps its own date
        ("L TKA 2023, now R TKA planned", "left", date(2023, 1, 1)),
        ("R THA 2021 did well, now L THA planned", "right", date(2021, 1, 1)),
        # no turn to the present: the nearest date stands
        ("R TKA 11/2025 (pt deferred)", "right", date(2025, 11, 1)),
        ("Lap band 2015 with regain", "none", date(2015, 1, 1)),
    ],
)
def test_a_date_of_its_own_still_dates_it(text: str, side: str, when: date) -> None:
    assert _dates(text, side) == {when}
