"""Dates and durations read the same when a statement without a digit skips the patterns that
need one (written_dates.DIGIT; issue 19)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from golden_notes import golden_note_texts, statements_of

from smartapp.notes import durations, written_dates

DATE = dt.date(2026, 3, 30)
WORDS_ONLY = [
    "back pain since last March, worse since mid-May",
    "symptoms for years; two months ago started PT",
    "since Christmas, over the past several weeks",
    "knee pain a year and a half, half a year of bracing",
    "\u0663/\u0661/\u0662\u0666 seen",  # Arabic-Indic digits are digits to \d as well
]


def _statements() -> list[str]:
    return statements_of(golden_note_texts()) + WORDS_ONLY


def _read(text: str) -> tuple[list, list]:
    return written_dates.find_dates(text, DATE), durations.find_durations(text, DATE)


def test_skipping_the_digit_patterns_changes_no_date_or_duration() -> None:
    statements = _statements()
    skipping = [_read(text) for text in statements]
    with pytest.MonkeyPatch.context() as patch:  # every statement runs every pattern
        patch.setattr(written_dates, "DIGIT", re.compile(""))
        patch.setattr(durations, "DIGIT", re.compile(""))
        every = [_read(text) for text in statements]
    assert sum(1 for dates, spans in every if dates or spans) > 50
    assert sum(1 for text in statements if not written_dates.DIGIT.search(text)) > 100
    for text, fast, slow in zip(statements, skipping, every, strict=True):
        assert fast == slow, text[:80]
