"""When a stop statement says an open medication order ended (stopped_orders.py): the date
written with the stop, the order's day plus the span the statement gives, or the note's day;
the order's own day when the statement says the drug was never taken.

A month written without its day ('stopped meloxicam after 5 days in July') is a stop any day of
that month, so beside an order of July 20 it is no earlier course (blind wave 18, BJ/aim-03);
the span said with the stop ('after 5 days') places it in that month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import lazy_re
from ..notes.durations import find_durations
from ..notes.written_dates import MONTH_PATTERN, DateMention, find_dates

#: Not taken so far, not merely lately ('has not taken it for 2 weeks' is a stop): 'did not
#: fill', 'hasn't really taken it', 'has not ever started it' (stopped_orders.py reads it too).
NOT_YET_TAKEN = (
    r"(?:did not|didn'?t|has not|hasn'?t|have not|haven'?t|had not|hadn'?t)\s+"
    r"(?:(?:really|ever|yet|actually)\s+)?(?:fill(?:ed)?|start(?:ed)?|take|taken|pick(?:ed)? up)"
    r"(?!\s+(?:(?:it|them|this|any)\s+)?(?:for|in|since|x|over|lately|recently|today|this)\b)"
)
#: A stop that says the drug was never taken at all ('never filled', 'did not fill', 'hasn't
#: really taken it'): the order gave no course (blind wave 28, CX/kas-03: a 2024 ibuprofen
#: order beside 'pt says she "hasn't really taken it"' was no year of NSAID).
_NEVER = lazy_re.compile(rf"never\b|{NOT_YET_TAKEN}", re.IGNORECASE)


def stop_date(text: str, at: int, note_date: date, start: date) -> tuple[bool, date] | None:
    """:func:`_stopped_when`, but the order's own day when the stop at ``at`` says the drug was
    never taken: it ends where it began, with no course (episode_pieces drops it)."""
    when = _stopped_when(text, at, note_date, start)
    return (True, start) if when is not None and _NEVER.match(text, at) else when


def _stopped_when(text: str, at: int, note_date: date, start: date) -> tuple[bool, date] | None:
    """(dated, the day it stopped) for a stop said at ``at``: the first date written after the
    stop, from the order on ('stopped it ~10/01', 'stopped last July'); else the order's day
    plus the statement's weeks ('took naproxen ~5 weeks, stopped'); else the note's day. None
    when the statement's dates all come before the order: an earlier course ('took methotrexate
    ~3 wks in 2019 - stopped', 'stopped 2/2 and switched to SC' beside the SC order of 2/2)."""
    after = find_dates(text[at:], note_date)
    if after:
        when = after[0].when
        if _MONTH_ONLY.match(text[at:][after[0].start : after[0].end]):
            # 'Stopped meloxicam after 5 days in July' of a July 20 order: any day of that
            # month from the order on (blind wave 18, BJ/aim-03); its days when it gives them.
            last = _month_end(when)
            if when < start <= last:
                when = start + timedelta(days=_course_days(text, note_date))
                return True, min(when, last, note_date)
        return (True, when) if start < when <= note_date else None
    dates = find_dates(text, note_date)
    # A month alone ends on its last day: 'took it 5 days in July, then stopped' is no course
    # before an order of July 20.
    if dates and all(_last_day(text, d) < start for d in dates):
        return None
    days = _course_days(text, note_date)
    if days:
        return True, min(start + timedelta(days=days), note_date)
    return False, note_date


#: A date written as its month alone ('in July', 'last Feb', 'July 2026', '7/2026'): no day,
#: nor a part of the month ('early July' is its first days).
_MONTH_ONLY = lazy_re.compile(
    rf"^(?:(?:in|last|this|since|of|during)\s+)?(?:{MONTH_PATTERN}(?:,?\s+\d{{4}})?|\d{{1,2}}/\d{{4}})$",
    re.IGNORECASE,
)


#: How long a stopped course ran, said with its stop: "stopped meloxicam after 5 days", "quit
#: after ~2 wks" (durations.py reads spans of care, "x 5 days", not what came after them).
_AFTER_SPAN = lazy_re.compile(
    r"\bafter\s+(?:about\s+|only\s+|~\s*)?(\d{1,2}|an?|one|two|three|four|five|six)\s*"
    r"(days?|d|weeks?|wks?|wk|months?|mos?)\b",
    re.IGNORECASE,
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}


def _course_days(text: str, note_date: date) -> int:
    """The longest span the statement gives ('after 5 days', '~5 weeks'), 0 when none."""
    spans = [d.days for d in find_durations(text, note_date)]
    for match in _AFTER_SPAN.finditer(text):
        count = _COUNTS.get(match[1].lower()) or int(match[1])
        spans.append(count * _UNIT_DAYS[match[2][0].lower()])
    return max(spans, default=0)


def _month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _last_day(text: str, mention: DateMention) -> date:
    """The last day a written date may be: its month's last for a month alone."""
    written = text[mention.start : mention.end]
    return _month_end(mention.when) if _MONTH_ONLY.match(written) else mention.when
