"""Onsets told by a time of life, a past winter or an event of a month (lead's class at stop 47,
s65-f): "LBP with L sciatica since childhood", "LBP began during the March admission", "Low back
pain started last winter" were symptoms of no stated length, LMRI-002's six weeks unmet
(onset_times.py). A length the words do not give, a visit since which nothing changed, or a
family member's history stays unread."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.onset_times import onset_durations

from .test_judgement import _note, record, status


def _symptoms(text: str) -> str:
    return status(record("72148", _note("n1", "2026-02-20", text)), "LMRI-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "LBP with L sciatica since childhood, worse lately.",
        "LBP since her teens.",
        "low back pain since high school, now radiating to L leg",
        "LBP began during the March admission.",
        "Pt reports low back pain since the March admission.",
        "LBP started after the Nov fall at work",
        "LBP began last winter after a fall on ice.",
        "Low back pain started last winter.",
    ],
)
def test_an_onset_told_without_a_date_is_a_length(text: str) -> None:
    assert _symptoms(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP x 3 wks.",
        "LBP x 3 wks, no change since the March visit.",
        "LBP x 3 wks. FHx: mother - back pain since childhood.",
        "LBP x 2 wks; started PT last winter for the knee.",
    ],
)
def test_no_onset_the_words_do_not_give(text: str) -> None:
    assert _symptoms(text) != "met", text


@pytest.mark.parametrize(
    ("text", "day", "days"),
    [
        # The latest winter over by the note: 2024-25 in a February note, 2025-26 in October.
        ("pain began last winter", date(2026, 2, 20), 401),
        ("pain began last winter", date(2026, 10, 1), 259),
        # The month's most recent first day by the note.
        ("since the March admission", date(2026, 2, 20), 356),
        ("since the March admission", date(2026, 5, 2), 62),
        ("since childhood", date(2026, 5, 2), 730),
    ],
)
def test_how_long_each_onset_reads(text: str, day: date, days: int) -> None:
    assert [onset[2] for onset in onset_durations(text, day)] == [days]
