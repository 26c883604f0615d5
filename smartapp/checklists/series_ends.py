"""A dated event written as a span of days ran until the span's last day.

"Order history: Supartz L knee x5 weekly 12/15/25-1/12/26 (good relief until May)" tells of a
hyaluronan series given from 12/15 to 1/12 (blind wave 35, EB/hya-02). The statement is dated by
its first date (finding_dates.finding_date), but a criterion that asks whether such an event
happened within a window (``dated: true``: "no series in the 6 months before the repeat") asks
about any of its days: the series' last injection on 1/12 was five months before the repeat of
6/23, though its first, on 12/15, was more than six. A span is two dates joined by a dash, "to"
or "through"; a second date with anything else between (", seen again 3/2") is no span.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from .. import lazy_re
from ..notes.written_dates import MONTH_PATTERN, find_dates

#: What joins a span's two dates.
_JOINED = lazy_re.compile(r"\s*(?:-|–|—|to|through|thru)\s*", re.IGNORECASE)


def span_end(finding: Any, written: date | None, note_text: str = "") -> date | None:
    """The last day of the span of dates the finding's statement opens at its own date, or
    None when its date opens no span (or the span would end after ``written``); a day
    ``note_text`` writes in a month-long end month ends it there."""
    if not finding.when or written is None:
        return None
    text = finding.snippet or ""
    mentions = sorted(find_dates(text, written), key=lambda m: m.start)
    for first, second in pairwise(mentions):
        if first.when != finding.when or second.when <= first.when or second.when > written:
            continue
        if _JOINED.fullmatch(text[first.end : second.start]):
            end = min(_last_day(text[second.start : second.end], second.when), written)
            return exact_day(note_text, written, second.when, end) if end > second.when else end
    return None


def exact_day(note_text: str, written: date, first: date, last: date) -> date:
    """The latest day ``note_text`` writes between a month-long end's ``first`` and ``last``
    days, or ``last``: "Orthovisc x3 Nov-Dec 2025 ... last injection 12/5/2025" ended on 12/5."""
    days = [
        m.when
        for m in find_dates(note_text, written)
        if first <= m.when <= last and not coarse(note_text[m.start : m.end])
    ]
    return max(days, default=last)


def coarse(words: str) -> bool:
    """Whether a written date names no day: a year, a month by number or by name."""
    words = words.strip()
    return any(p.fullmatch(words) for p in (_YEAR, _MONTH, _MONTH_NAME))


#: A span's end written without its day: a year ("2023-24") or a month ("9/2023-8/2024").
_YEAR = lazy_re.compile(r"(?:\d{2}|\d{4})")
_MONTH = lazy_re.compile(r"\d{1,2}[/-](?:\d{2}|\d{4})")
#: ... or a month by its name, with or without its year, or with the word that places it: "Sep
#: 2025", "Sept.", "Sep '25", "last September", "in Sept". Not a part of the month ("late Sep" is
#: read as the 25th by notes/month_parts.py).
_MONTH_NAME = lazy_re.compile(
    rf"(?:(?:in|last|this\s+past|during)\s+)?(?:{MONTH_PATTERN})(?:,?\s*(?:\d{{4}}|'\d{{2}}))?",
    re.IGNORECASE,
)


def _last_day(words: str, day: date) -> date:
    """The last day a span's end as written covers: a year runs to 31 December, a month to its
    last day ("2023-24" ran into March 2024 as much as "9/2023-8/2024" did into August)."""
    if _YEAR.fullmatch(words):
        return date(day.year, 12, 31)
    if _MONTH.fullmatch(words) or _MONTH_NAME.fullmatch(words):
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return day
