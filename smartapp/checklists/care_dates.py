"""The dates a care finding's own words give, read as the care's days (care_parts.py cuts
those words from a statement that lists several pieces of care).

A piece dated by a year alone ("Failed PT 2025 (8 wks)", AY/inj-03) ran some time in that year,
or in that season ("PT x 8 wks spring 2025", blind wave 17): :func:`year_only`; one dated by a
range of years ("naproxen BID 2024-2025") from the first year's first day to the last's last:
:func:`year_range`. A range that ends on a month written without its day ("PT 2x/wk Jul-Sep
2025 (10 wks)") runs through that month: :func:`through_month`; care dated by one month alone
("ESI 5/2026") was some day of it, at the latest its last: :func:`month_end`.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from .. import lazy_re
from ..notes.durations import find_dates, find_durations
from ..notes.seasons import SEASON, YEAR_SEASON, season_days
from ..notes.written_dates import MONTH_PATTERN, TO_NOW


def own_dates(finding: Any, words: str | None, note_date: date | None) -> tuple[date, ...]:
    """The statement's dates in the finding's own words (all of them without own words)."""
    if words is None:
        return tuple(finding.dates)
    own = {m.when for m in find_dates(words, note_date)}
    return tuple(d for d in finding.dates if d in own)


def year_only(finding: Any, words: str | None, note_date: date | None) -> tuple[date, date] | None:
    """The first and last day of the year, when the finding's only date is a bare year
    ("Failed PT 2025 (8 wks)"), or of the season when a season names it ("PT x 8 wks fall
    2025": September to November; blind wave 17; "winter 2026": December 2025 to February
    2026, brief s73-f). Not a year the care started in
    ("naproxen 500 BID since 2024 (cont)", "meloxicam daily since 2023 - continues": blind
    wave 17, BG/hya-02, BG/hya-04): that course runs from the year to the note, as its
    duration says."""
    text = words or finding.snippet
    found = find_dates(text, note_date)
    started = [  # ... or a year a span to now opens ("naproxen 2024-present")
        d for d in find_durations(text, note_date)
        if _SINCE_WORD.match(text, d.start) or TO_NOW.search(text, d.start, d.end)
    ]  # fmt: skip
    if any(d.start <= m.start < d.end for m in found for d in started):
        return None
    bare = [m for m in found if _YEAR.fullmatch(text[m.start : m.end])]
    years = {m.when.year for m in bare}
    if not found or len(bare) != len(found) or len(years) != 1:
        return None
    year = years.pop()
    seasons = {_YEAR_SEASON.search(text[max(0, m.start - 12) : m.start]) for m in bare}
    if len(seasons) == 1 and (season := seasons.pop()) is not None:
        return season_days(year, season.group(1))
    return date(year, 1, 1), date(year, 12, 31)


def year_range(finding: Any, words: str | None, note_date: date | None) -> tuple[date, date] | None:
    """The first day of the first year and the last of the last, when the finding's own
    dates are one range of years ("naproxen BID 2024-2025", "x 9 mos 2024-25": blind wave
    24, CI/tsa-02, CI/hya-01); a season before it narrows it ("winter 2024-25": December to
    February). Never past the note."""
    text = words or finding.snippet
    found = find_dates(text, note_date)
    if len(found) != 2 or not _years_joined(text, found[0], found[1]):
        return None
    first, last = (m.when for m in found)
    if not all(_YEAR_END.fullmatch(text[m.start : m.end]) for m in found) or not (
        first.month == last.month == 1 and first.day == last.day == 1
    ):
        return None
    season = _SEASON.search(text[max(0, found[0].start - 12) : found[0].start])
    if season is None and _WINTER.search(text[max(0, found[0].start - 12) : found[0].start]):
        first, end = date(first.year, 12, 1), date(last.year, 3, 1) - timedelta(days=1)
    else:
        end = date(last.year, 12, 31)
    return first, min(end, note_date) if note_date else end


def range_years(finding: Any, words: str | None, note_date: date | None) -> set[date]:
    """The dates the finding's words give as the ends of a range of years ("2020-2026")."""
    text = words or finding.snippet
    found = find_dates(text, note_date)
    return {
        d
        for a, b in pairwise(found)
        if _RANGE_JOIN.fullmatch(text[a.end : b.start])
        and all(_YEAR_END.fullmatch(text[m.start : m.end]) for m in (a, b))
        for d in (a.when, b.when)
    }


def through_month(finding: Any, words: str | None, note_date: date, end: date) -> date:
    """The last day of ``end``'s month (never past the note) when every mention of it is a
    month written without its day: "PT 2x/wk Jul-Sep 2025 (10 wks)" ran through September,
    not to its first or to ten weeks after 1 July (blind wave 19, BP/tsa-02); "9/1/2025"
    is that day. Only the end of a written range ("Jul-Sep", "11/2025 to 1/2026"), not a
    symptom's month in the statement ("PT in spring 2024 ... pain since December 2025")."""
    text = words or finding.snippet
    found = find_dates(text, note_date)
    ends = [
        m
        for before, m in pairwise(found)
        if m.when == end and _RANGE_JOIN.fullmatch(text[before.end : m.start])
    ]
    if not ends or not all(
        m.month or _MONTH_ONLY.fullmatch(text[m.start : m.end].strip()) for m in ends
    ):
        return end
    return _last_day(end, note_date)


def month_end(finding: Any, words: str | None, note_date: date, day: date) -> date | None:
    """The last day of ``day``'s month (never past the note) when the care's only date is
    that month written without its day: "R C5-6 ESI 5/2026 - temporary" was given some day
    of May, so an episode it ends may run to 31 May (blind wave 20, BT/spine-03: Medrol
    2/20 to that ESI is the reviewer's "Feb to May", over three months). None for a day
    written ("ESI 5/12/2026")."""
    text = words or finding.snippet
    found = [m for m in find_dates(text, note_date) if m.when == day]
    if not found or not all(
        m.month or _MONTH_ONLY.fullmatch(text[m.start : m.end].strip()) for m in found
    ):
        return None
    return _last_day(day, note_date)


def coarse_span_cut(
    finding: Any, words: str | None, note_date: date, mentioned: list[date], days: int | None,
    span: tuple[date, date],
) -> tuple[date, date]:
    """A course whose dates are months alone but whose length is said lasts that length: its
    months are coarse, its weeks are what was said. "Azathioprine started 2/2026, stopped after
    8 wks (March-April)", "meloxicam x 4 wks in Feb-Mar", "naproxen for 3 weeks (Jan-Feb)" are
    8, 4 and 3 weeks from the first month, not the months' whole span (blind wave 57,
    HG/infliximab-02: 88 days read for 8 weeks, against a 12-week conventional trial). The
    reverse of :func:`through_month`'s and ``_interval``'s widening of a span shorter than its
    weeks. A day written ("1/6/2026 - 3/30/2026 (6 wks)") keeps its dates."""
    start, end = span
    if not days or (end - start).days <= days + 7:
        return span  # the weeks fit the months, give or take a week's rounding
    text = words or finding.snippet
    written = [(m, text[m.start : m.end].strip()) for m in find_dates(text, note_date)]
    if not all(
        any(
            m.when == d and (m.month or _MONTH_ONLY.fullmatch(_LEAD.sub("", w))) for m, w in written
        )
        for d in mentioned
    ):
        return span  # a day written ("1/6/2026 - 3/30/2026")
    return start, start + timedelta(days=days)


#: A preposition a written date may carry ("in Oct").
_LEAD = lazy_re.compile(r"^(?:in|on|from|since|by|through|thru|until|to)\s+", re.IGNORECASE)


def _years_joined(text: str, first: Any, last: Any) -> bool:
    """Whether two written dates are the ends of one range: "2022-2025", or a start and the
    year the care was stopped ("since 2022 (stopped 2025)")."""
    join = text[first.end : last.start]
    if _RANGE_JOIN.fullmatch(join):
        return True
    return bool(_STOPPED_JOIN.fullmatch(join) and _SINCE_BEFORE.search(text[: first.start]))


def _last_day(day: date, note_date: date) -> date:
    return min(date(day.year, day.month, monthrange(day.year, day.month)[1]), note_date)


#: A month written without its day: "Sep", "Sept. 2025", "Dec '25" (the end of "PT Oct - Dec
#: '25", through December as "Oct-Dec 2025" is), "9/2025", "2025-09"; "12/25" only when read as
#: a month (``DateMention.month``: "PT 10/25-12/25" ran through December).
_MONTH_ONLY = lazy_re.compile(
    rf"(?:{MONTH_PATTERN})\.?(?:,?\s*(?:19|20)\d{{2}}|\s*['\u2019]\d{{2}})?"
    r"|\d{1,2}/(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}",
    re.IGNORECASE,
)
#: What joins the two ends of a written range of dates.
_RANGE_JOIN = lazy_re.compile(r"\s*(?:-|–|—|to|through|thru|until)\s*", re.IGNORECASE)
#: What joins a start ("since 2022") to the year the care was stopped: "naproxen since 2022
#: (stopped 2025 - GI upset)", "started 2021, d/c'd 2024" ran from one year to the other (blind
#: wave 26, CR/tka-02), as "2022-2025" does.
_STOPPED_JOIN = lazy_re.compile(
    r"\s*[(,;]?\s*(?:then\s+|and\s+|but\s+)?(?:stopped|quit|discontinued|d/c'?d|dc'?d)"
    r"(?:\s+(?:it|them))?\s+(?:in\s+)?",
    re.IGNORECASE,
)
#: The start word before such a year: "since", "started (in)", "from".
_SINCE_BEFORE = lazy_re.compile(
    r"\b(?:since|start(?:ed|ing)|began|from)\s+(?:in\s+)?$", re.IGNORECASE
)
#: A date written as a year alone, or a season's cut to two digits ("spring '25").
_YEAR = lazy_re.compile(r"(?:19|20)\d{2}|['\u2019]\d{2}")
#: A duration that runs from a start to the note ("since 2024", "started in 2023").
_SINCE_WORD = lazy_re.compile(r"since|starting|started|began|from", re.IGNORECASE)
#: A year as a range writes its ends: "2024", "2025" or "25".
_YEAR_END = lazy_re.compile(r"(?:19|20)?\d{2}")
#: A winter across two years: "winter 2024-25".
_WINTER = lazy_re.compile(r"\bwinter\s+(?:of\s+)?$", re.IGNORECASE)

#: A season written before the year ("fall 2025", "spring of 2024"; its days are
#: seasons.season_days), before a range of years (year_range); winter straddles two years and is
#: read there as one, so this leaves it out.
_SEASON = lazy_re.compile(
    rf"(?<!s/p )(?<!\ba )(?<!after )\b({YEAR_SEASON})\s+(?:of\s+)?$", re.IGNORECASE
)
#: ... and a season before a year alone that dates a course, winter too: "PT x 8 wks winter 2026"
#: ran in the winter whose January is in 2026, December 2025 to February 2026
#: (seasons.season_days; brief s73-f), not in the last weeks of 2026 up to the note.
_YEAR_SEASON = lazy_re.compile(
    rf"(?<!s/p )(?<!\ba )(?<!after )\b({SEASON})\s+(?:of\s+)?$", re.IGNORECASE
)


def mentioned_interval(
    mentioned: list[date], days: int | None, note_date: date
) -> tuple[date, date]:
    """When a mentioned piece of care ran: "3/2–4/20" → both dates (widened to a longer stated
    duration); "started 12/8, ~6 wks" →
    from the date for the duration (never past the note); "x 6 wks" → the weeks before the note;
    a bare mention → the note's day."""
    if len(mentioned) >= 2:
        start, end = mentioned[0], mentioned[-1]
        if days and (end - start).days < days:
            # "PT x 12 wks (Sept–Nov 2025)": month dates are coarse, the weeks are what was said
            # (counted from the first date, never past the note).
            end = max(end, min(start + timedelta(days=days), note_date))
        return start, end
    if mentioned:
        start = mentioned[0]
        return start, min(start + timedelta(days=days), note_date) if days else start
    if days:
        return note_date - timedelta(days=days), note_date
    return note_date, note_date
