"""Session s64-b: an onset written as an approximation is still an onset. "leg symptoms since
~June 2025" (IF/spinal-injections-03, ten months before the epidural) was read as no duration
at all, so the radicular pain's 4 weeks went missing. "~", "approx.", "around", "roughly",
"circa", "sometime in" before the date (or "roughly" before a length) read as the plain phrase
does; a duration too short, "since yesterday", or an old episode that resolved still do not
make a long symptom."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.durations import find_durations

DAY = date(2026, 4, 8)

#: (wording, the days it states on DAY)
APPROXIMATE = [
    ("bilat buttock/thigh pain with walking since ~June 2025, leans on cart", 311),
    ("L leg pain since approx. 6/2025", 311),
    ("R leg sx since approx 6/2025", 311),
    ("leg pain since around last summer", 281),
    ("L leg pain for roughly 10 months", 300),
    ("L leg pain x10 mo", 300),
    ("Radiating leg pain started around June 2025.", 311),
    ("S: LBP w/ sciatica since abt 6/2025, no bowel/bladder sx", 311),
    ("leg numbness since circa June 2025", 311),
    ("leg pain since sometime in June 2025", 311),
    ("sciatica since around the summer of 2025", 281),
    ("R leg pain since ~2025", 462),
]


@pytest.mark.parametrize(("text", "days"), APPROXIMATE)
def test_an_approximate_onset_is_read_as_the_plain_one(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, DAY)] == [days]


@pytest.mark.parametrize(("text", "days"), APPROXIMATE[:6])
def test_it_times_the_symptom(text: str, days: int) -> None:
    found = find_findings([NoteInput("n", text, DAY)])
    timed = [f.duration_days for f in found if f.category == "symptom-duration" and f.asserted]
    assert timed == [days]


def test_a_short_time_of_another_symptom_stays_short() -> None:
    text = "LBP for years; new L foot numbness since ~3/25/26."
    found = find_findings([NoteInput("n", text, DAY)])
    foot = [f for f in found if f.category == "symptom-duration" and "ankle-foot" in f.regions]
    assert [f.duration_days for f in foot] == [14]


def test_since_yesterday_and_a_score_are_no_months() -> None:
    assert find_durations("leg pain since approximately yesterday", DAY) == []
    # "from about 8/10 to 3/10" is a pain score, not a time since August 10th
    assert find_durations("leg pain went from about 8/10 to 3/10 after the ESI", DAY) == []


def test_an_old_episode_that_resolved_is_no_duration_of_this_one() -> None:
    text = "LBP since approx. 2019, resolved with PT."
    found = find_findings([NoteInput("n", text, DAY)])
    assert not any(f.asserted for f in found if f.category == "symptom-duration")
