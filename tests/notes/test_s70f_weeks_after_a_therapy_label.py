"""Weeks after a therapy's label are the therapy's (brief s70-f, durations.py): "PT: 6 weeks, no
relief" was read with no duration at all, where "PT 6 wks" and "PT x 6 weeks" were six weeks of
PT. Only a therapy's label: a follow-up's ("RTC: 6 wks") or the patient's ("pt: 6 wks post-op")
times no care.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations

DAY = dt.date(2026, 2, 20)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("PT: 6 weeks, no relief", 42),
        ("PT: 6 wks, no relief.", 42),
        ("Physical therapy: 8 weeks, failed", 56),
        ("PT - 6 weeks, no relief", 42),
        ("Tx: PT: 6 weeks, no relief", 42),
        ("HEP: 8 wks, no change", 56),
        ("Chiropractic \u2013 7 weeks, no better", 49),
        ("OT: 3 months, plateaued", 90),
        ("physio: six weeks, no help", 42),
    ],
)
def test_weeks_after_a_therapy_label_are_read(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, DAY)] == [days], text


@pytest.mark.parametrize(
    "text",
    ["RTC: 6 wks", "F/u - 4 wks", "pt: 6 wks post-op", "Pain: 6 weeks", "Dr. Pt: 3 visits"],
)
def test_another_label_s_weeks_are_no_therapy_s(text: str) -> None:
    assert not find_durations(text, DAY), text
