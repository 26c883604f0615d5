"""A course left told in other words than "dropped out" is left (brief s70-f, cues.COURSE_LEFT):
"lost to f/u after 2 visits", "LTFU", "quit going", "stopped showing up", "no longer attending",
"hasn't been back since", "never finished" ran the visits listed by their days as weeks of PT
and met OCC-002 (acute therapy completed), where "dropped out" and "stopped going" did not. Not
another thing quit or never finished ("quit smoking", "quit going to the gym", "never finished
high school").
"""

from __future__ import annotations

import pytest

from .test_judgement_s69g_referred_weeks_on_hold import _occ

_VISITS = "PT: eval 4/10, attended 4/13, 5/29"


@pytest.mark.parametrize(
    "left",
    [
        ", then lost to f/u.",
        "; lost to f/u after 2 visits.",
        ", LTFU.",
        "; stopped showing up.",
        "; quit going (transportation).",
        "; no longer attending.",
        "; never finished.",
        "; hasn't been back since.",
        "; didn't come back.",
        "; pt lost to followup.",
    ],
)
def test_a_course_left_in_other_words_is_left(left: str) -> None:
    assert _occ("Refer PT.", _VISITS + left) != "met", left


@pytest.mark.parametrize(
    "other",
    [
        "; quit smoking.",
        "; quit going to the gym.",
        "; never finished high school.",
        "; no longer attending school.",
        "; plateaued, d/c to HEP.",
    ],
)
def test_another_thing_quit_is_no_course_left(other: str) -> None:
    assert _occ("Refer PT.", _VISITS + other) == "met", other
