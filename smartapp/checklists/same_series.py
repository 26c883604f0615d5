"""A series mentioned by its season or month is the series another statement dates to the day,
when that season or month holds it: the vague mention does not move the series later.

Under ``latest_day`` (latest_days.py) an event dated by a year, season or month alone may have
been given on the period's last day, so "no hyaluronan series in the 6 months before the
repeat" (HYA-006) is not shown by "s/p HA series spring 2026" before a repeat of 16 November:
spring runs to 31 May, inside the six months. But the same note's HPI said "Last Hyalgan
series (3/10-4/14/26) gave ~6 months 70% relief" (blind wave 97, NK/hya-02): the problem list
restated that series in fewer words, no new event, and the series ended on 14 April, seven
months before. A season or a month (at most about three months: two series of one knee do not
fit in one under the six months' pace) that holds the first day of a mention of the same
concept dated to its day is that mention's series; its latest day is the exact one's, which
is judged on its own. A year holds room for two series, so a year ("s/p HA series 2026")
defers only to a series told as the last one ("Last Hyalgan series (3/10-4/14/26)"). One
injection's day numbered short of its series' end ("Synvisc #1 5/10/26", "injection 2 of 3")
is not the series' last day, so it dates nothing here.

What still counts at its period's end: a season or month that holds no exactly dated mention
("HA series summer 2026" beside "3/10-4/14/26"), and a vague time with nothing exact beside it
("s/p HA series spring 2026" alone: the date is not documented, so the interval is not).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.written_dates import find_dates
from .care_dates import month_end, year_only
from .finding_dates import finding_date
from .latest_days import latest_finding_day
from .series_ends import coarse, span_end

#: The longest period a vague mention may have to be one series: a season (92 days).
_ONE_SERIES_DAYS = 92
#: A series told as the latest one: "Last Hyalgan series", "most recent Synvisc", "latest HA".
_LAST = lazy_re.compile(r"\b(?:last|latest|most\s+recent)\b(?!\s+(?:month|week|year|spring|"
                        r"summer|fall|autumn|winter|time)\b)", re.IGNORECASE)  # fmt: skip
#: One injection numbered short of its series' end, or with no total: "Synvisc #1 5/10/26",
#: "injection 2 of 3", "first shot". Its day is not the series' last ("#1-3" is a range).
_ONE_OF = lazy_re.compile(
    r"#\s*(?P<n>\d{1,2})(?!\s*[-–]\s*\d)(?:\s*(?:of|/)\s*(?P<m>\d{1,2}))?"
    r"|\b(?:injection|inj\.?|shot|dose)\s*(?P<n2>\d{1,2})\s*of\s*(?P<m2>\d{1,2})\b"
    r"|\b(?P<first>first|1st|second|2nd)\s+(?:injection|inj\b|shot|dose)",
    re.IGNORECASE,
)


def series_latest_day(
    finding: Any, others: list[Any], dates: dict[str, date | None], texts: dict[str, str]
) -> date | None:
    """The latest day ``finding`` may have happened (latest_days.latest_finding_day), or None
    when its vague period holds an exactly dated mention of the same concept among ``others``
    (module doc): then the exact mention dates the series."""
    latest = latest_finding_day(finding, dates)
    if latest is None:
        return None
    period = _period(finding, dates, latest)
    if period is None:
        return latest
    first, last = period
    for other in others:
        if other is finding or other.concept != finding.concept:
            continue
        exact = _exact_days(other, dates, texts)
        if exact is None or not first <= exact[0] <= last:
            continue
        if (last - first).days < _ONE_SERIES_DAYS or _LAST.search(exact[2]):
            return None  # the same series, judged by its own days
    return latest


def _period(finding: Any, dates: dict[str, date | None], latest: date) -> tuple[date, date] | None:
    """The first and last day of the year, season or month the finding is dated by."""
    written = dates.get(finding.note_ref)
    when = finding_date(finding, dates)
    if written is None or when is None:
        return None
    year = year_only(finding, None, written)
    if year is not None:
        return year[0], latest
    if month_end(finding, None, written, when) is not None:
        return when.replace(day=1), latest
    return None


def _exact_days(
    finding: Any, dates: dict[str, date | None], texts: dict[str, str]
) -> tuple[date, date, str] | None:
    """(first day, last day, words before the date) of a mention dated to its day by its own
    words ("Last Hyalgan series (3/10-4/14/26)", "Hyalgan #3 given 9/2/26"), else None."""
    written = dates.get(finding.note_ref)
    if written is None or not finding.when or finding_date(finding, dates) != finding.when:
        return None
    if latest_finding_day(finding, dates) is not None:
        return None  # its own date is a year, season or month
    text = finding.snippet or ""
    days = [m for m in find_dates(text, written) if m.when == finding.when and _has_day(text, m)]
    if not days or _short_of_end(text):
        return None
    end = span_end(finding, written, texts.get(finding.note_ref, "")) or finding.when
    return finding.when, max(end, finding.when), text[: days[0].start]


def _has_day(text: str, mention: Any) -> bool:
    """Whether a written date names its day: "3/10" (a day without its year) does, "9/2025",
    "Sep 2025", "2026" and a month read from "10/25" do not."""
    if mention.month:
        return False
    return mention.when.day != 1 or not coarse(text[mention.start : mention.end])


def _short_of_end(text: str) -> bool:
    """Whether the statement numbers one injection that need not be its series' last."""
    for match in _ONE_OF.finditer(text):
        number, total = match.group("n") or match.group("n2"), match.group("m") or match.group("m2")
        if match.group("first") or total is None or int(number) < int(total):
            return True
    return False
