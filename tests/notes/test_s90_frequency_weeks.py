"""A visit-frequency shorthand after a therapy's name is times a week, then weeks (brief
s90-noticed1, item 2): "PT 2w6" is six weeks of care, as "2x/wk x 6 wk" is, not "2 w(eeks)".
Read as 14 days it cut a six-week course short of a six-week criterion (a false alarm). Not a
size ("3x4 cm"), nor a count with a unit of its own, nor another word's numbers.
"""

from __future__ import annotations

import pytest

from smartapp.notes.durations import find_durations


def _days(text: str) -> list[int]:
    return [d.days for d in find_durations(text, None)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Completed PT 2w6, no relief.", 42),
        ("PT 2w6.", 42),
        ("Completed PT 3x4, no relief.", 28),
        ("PT 2x6 done, no relief.", 42),
        ("Completed PT 2x/wk x 6 wk, no relief.", 42),
        ("Did PT 3x/wk x4 wks, no relief.", 28),
        ("HH PT 1w2, 2w4 completed.", 42),
        ("OT 3w4 done.", 28),
        ("PT: 2w6 completed.", 42),
    ],
)
def test_frequency_then_weeks(text: str, days: int) -> None:
    assert _days(text) == [days]


@pytest.mark.parametrize(
    "text",
    [
        "Wound 3x4 cm, clean.",
        "Dressing: 3x4 gauze daily.",
        "Lesion 2x6 mm on the back.",
        "MRI 3x4 views.",
    ],
)
def test_not_a_frequency(text: str) -> None:
    assert all(d != 28 and d != 42 for d in _days(text))


def test_weeks_told_with_their_unit_read_once() -> None:
    # "PT 2x6 wks": the weeks' own unit; read as 42 days once, not again as a shorthand.
    assert _days("PT 2x6 wks done.") == [42]
