"""Care or a result under a plan heading that its statement dates before the note is history.

Many notes put the whole visit under one "A/P:" or "Assessment and Plan:" heading, so the
history told there ("R knee OA, KL3 (XR 1/2026)", "CSI x2 in 2025, PT 2025, meloxicam",
"Naproxen since 3/2026; PT 6 visits Jun-Jul") would read as plans (model.PLANNED_CATEGORIES). A
plan dates what is to come: care or a film the statement dates before the day the note is
written was had then (blind wave 57, HI/hya-03; waves 35 and 56 read only a past season or a
month of an earlier year, statement_kinds.reports_done). A statement that also looks ahead
("start PT 10/2026", "repeat XR, compare with 1/2026", "f/u after MRI 9/2", "PT 2x/wk x 6 wks
then recheck") stays a plan: its past date may only anchor what is to come. A course's frequency
looks ahead too, unless the statement dates a span that ended before the note ("Tx: PT 2x/wk
12/15-2/20 (16 visits)" written 3/2: blind wave 78, KK/occ-02).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import pairwise

from .. import lazy_re
from .seasons import SEASON
from .written_dates import DateMention

#: Words of a plan looking ahead: what is to start, be ordered, repeated or followed up.
_AHEAD = lazy_re.compile(
    r"\b(?:will|shall|to\s+(?:start|begin|be|get|obtain|have|do|try|continue|resume)|"
    # "plan" as a word, not a heading's "Assessment/Plan:" or "Impression and plan:".
    r"plan(?:s|ned|ning)?(?!\s*:)|"
    r"start(?:s|ing)?|begin|initiate|schedul\w*|order\w*|refer(?!red)\w*|request\w*|next|due|"
    r"repeat\w*|re-?check\w*|re-?eval\w*|re-?assess\w*|follow\w*|f/u|fu|after|until|pending|"
    r"await\w*|consider\w*|recommend\w*|obtain|compare\w*|vs\.?|versus|trial\s+of|rtc|return|"
    # "this summer" is the season under way.
    rf"this\s+(?:{SEASON}|week|month|year))\b",
    re.IGNORECASE,
)
#: A frequency sets a course to come ("PT 2x/wk") unless the statement dates a span that ended
#: before the note: "Tx: PT 2x/wk 12/15-2/20 (16 visits)" written 3/2 under a "Follow up - R
#: shoulder" title (a plan header) is the course had (blind wave 78, KK/occ-02).
_FREQUENCY = lazy_re.compile(r"\b\d\s*x\s*(?:/|per\s+|a\s+)\s*(?:wk|week|d|day|mo|month)\b", re.I)
_DIGIT = lazy_re.compile(r"\d")
#: What joins a span's two days: "12/15-2/20", "12/15/25 - 2/20/26", "from 12/15 through 2/20".
_SPAN_JOIN = lazy_re.compile(r"\s*(?:[-\u2013]|to|through|thru)\s*", re.IGNORECASE)

#: January written as a month ("1/2026", "01/26", "Jan 2026"), not a bare year read as its 1st.
_JANUARY = lazy_re.compile(r"(?<![\d/])0?1/(?:20)?\d\d\b|\bjan(?:uary)?\b", re.IGNORECASE)


def looks_ahead(statement: str) -> bool:
    """Whether a statement has words of a plan looking ahead ("will", "plan", "scheduled",
    "pending", "next"): a surgery its past history names with them is still to come."""
    return bool(_AHEAD.search(statement))


def dated_before_note(
    statement: str,
    when: dt.date | None,
    written: dt.date | None,
    mentions: Sequence[DateMention] = (),
) -> bool:
    """Whether a plan-section finding dated ``when`` (its nearest past date in ``statement``)
    was had before the note ``written`` then, the statement looking nowhere ahead (a frequency
    only with a span of ``mentions``, the statement's dates, that ended before the note)."""
    if when is None or written is None or _AHEAD.search(statement):
        return False
    if _FREQUENCY.search(statement) and not _span_ended(statement, mentions, written):
        return False
    if when == dt.date(written.year, 1, 1) and not _JANUARY.search(statement):
        return False  # the note's own year, bare ("PT 2026"): no telling when in it
    return _before(when, written)


def _before(when: dt.date, written: dt.date) -> bool:
    """A day before the note's; a month's date ("1/2026", read as its first day) only before
    the note's own month: "PT 9/2026" written in September may be to come."""
    return when < written.replace(day=1) if when.day == 1 else when < written


def _span_ended(statement: str, mentions: Sequence[DateMention], written: dt.date) -> bool:
    """Whether two of the statement's days, in order, join into a span whose last day is before
    the note's ("2x/wk 12/15-2/20" of 3/2); two days apart ("eval 2/20; MRI 1/10") are none."""
    return any(
        _SPAN_JOIN.fullmatch(statement, first.end, last.start)
        and first.when <= last.when
        and _before(last.when, written)
        and not _may_be_ahead(statement[last.start : last.end], last.when, written)
        for first, last in pairwise(mentions)
    )


def _may_be_ahead(last: str, when: dt.date, written: dt.date) -> bool:
    """A span's last month named without a year ("Mar-Apr", "Nov-Dec" of a March note), read as
    last year's because this year's has not ended: a plan may mean this year's, to come."""
    return not _DIGIT.search(last) and when.year < written.year and when.month >= written.month
