"""A walker asked for after one accident lacks the mobility limitation WLK-002 asks for (brief
s77-fall, blind wave 38, EG/walker-02; the reading: test_s77_accidental_fall_is_no_limit.py):
a trip over a garden hose or a slip on ice beside a normal gait is an accident, while falls more
than once or from a knee that gives way still meet it (NCD 280.3).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _wlk002(line: str) -> str:
    text = (
        f"S: {line}\n"
        "O: Gait normal, steady, no assistive device. Romberg neg. Strength 5/5 BLE.\n"
        "P: PT eval; walker per wife's request."
    )
    bundle = record("E0143", _note("n1", "2026-02-10", text), reason="W19.XXXA")
    return status(bundle, "WLK-002")["status"]


def test_a_walker_for_one_accident_lacks_the_mobility_limitation() -> None:
    assert _wlk002("68M tripped over a garden hose early May, fell onto L hip, no fx.") == (
        "missing"
    )
    assert _wlk002("68M slipped on ice in March and fell, no injury.") == "missing"


@pytest.mark.parametrize(
    "line",
    [
        # December, in the 183 days before the note: "gave way in May" in this February note is
        # last May, outside them, which the reading of a past month ahead now says (brief
        # s80-time; it was read as the May to come).
        "68M fell when his R knee gave way in Dec.",
        "68M tripped over a hose and fell twice since May.",
        "68M has fallen 3 times since May.",
    ],
)
def test_falls_that_say_more_still_meet_it(line: str) -> None:
    assert _wlk002(line) == "met"
