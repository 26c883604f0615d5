"""Region words that name no region of the limit, and restriction lists as the worker's limits
(blind wave 87).

- Feet as a length or a posture: "walks 50 feet", "a 6-foot fall", "can't finish his shift on
  his feet" (LV/hyaluronan-02) name no foot; "ulcers on his feet", "L foot pain" do.
- The hand a task of the whole arm is done with is the arm: "can't feed himself with R hand"
  (LU/shoulder-arthroplasty-03), "unable to get hand to mouth"; hand work ("can't button with R
  hand", "grip weak in L hand") stays the hand's.
- Feeding oneself lost is an ADL limit, with a limit word leading it.
- A restriction list is the limits the worker is held to: "Still restricted: no kneeling, no
  squatting, 20 lb lift" (LT/occ-02); not "no restrictions", restrictions lifted, a relative's,
  or restrictions only planned.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.evidence.regions import regions_in_text
from smartapp.notes import NoteInput, find_findings


@pytest.mark.parametrize(
    "text",
    [
        "walks 50 feet then rests",
        "walks 50-100 feet with the walker",
        "a 6-foot fall from the ladder",
        "can only walk a few feet",
        "can't finish his shift on his feet",
        "on her feet all day as a nurse",
        "unsteady on her feet",
        "back on his feet after the flare",
    ],
)
def test_feet_as_a_length_or_a_posture_name_no_foot(text: str) -> None:
    assert not regions_in_text(text), text


@pytest.mark.parametrize(
    "text", ["ulcers on his feet", "L foot pain", "numbness on her feet", "both feet swollen"]
)
def test_the_feet_themselves_are_still_the_foot(text: str) -> None:
    assert "ankle-foot" in regions_in_text(text), text


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("can't feed himself with R hand", "right"),
        ("unable to comb hair with her left hand", "left"),
        ("can't get hand to mouth", None),
    ],
)
def test_the_hand_of_an_arm_task_is_the_arm(text: str, side: str | None) -> None:
    found = regions_in_text(text)
    assert "upper-extremity" in found and "wrist-hand" not in found, text
    if side:
        assert f"upper-extremity:{side}" in found


@pytest.mark.parametrize(
    "text", ["can't button with R hand", "grip weak in L hand", "R hand numbness at night"]
)
def test_hand_work_stays_the_hand(text: str) -> None:
    assert "wrist-hand" in regions_in_text(text), text


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/s76", text, dt.date(2026, 8, 20))])
    return {f.concept for f in found if f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Pseudoparalysis, can't feed himself with R hand, DASH 68.",
        "Unable to get hand to mouth.",
        "Needs help feeding herself.",
        "Can no longer feed himself with the right arm.",
    ],
)
def test_feeding_oneself_lost_is_an_adl_limit(text: str) -> None:
    assert "adl-limitation" in _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Feeds himself independently.",
        "Independent with self-feeding.",
        "Infant feeding well, tube feeding stopped.",
    ],
)
def test_feeding_done_is_no_limit(text: str) -> None:
    assert "adl-limitation" not in _asserted(text), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Still restricted: no kneeling, no squatting, 20 lb lift.", "lifting-limitation"),
        ("Still restricted: no kneeling, no squatting, 20 lb lift.", "duty-restriction"),
        ("Restrictions - 15 lb carry, no ladders.", "lifting-limitation"),
        ("Restrictions: no ladders, no crawling.", "duty-restriction"),
        ("Work status: restricted from kneeling, no squatting.", "duty-restriction"),
    ],
)
def test_a_restriction_list_is_the_limits_held(text: str, concept: str) -> None:
    assert concept in _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Work status: full duty, no restrictions.",
        "Restrictions: none.",
        "Restrictions lifted (previously restricted: no kneeling, 20 lb lift).",
        "Will give restrictions if needed: no kneeling, 20 lb lift.",
        "Husband is restricted: no kneeling, 20 lb lift.",
        "Job requires 35 lb lift, kneeling.",
    ],
)
def test_no_restriction_list_held(text: str) -> None:
    found = _asserted(text)
    assert not found & {"lifting-limitation", "duty-restriction"}, (text, found)
