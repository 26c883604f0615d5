"""A month written with "early", "mid" or "late" and no day ("since late May", "started early
March", "mid-Jan"): the day it is read as. A start is read at the latest day its part can mean,
the safe end for "at least N days" (blind wave 27, CU/lmri-03); an end keeps the first, the 15th
or the 25th (``written_dates``), so that care "finished early March" is not moved later. A year
written so ("since late 2024", "started mid-2025") is a start in its thirds of four months, read
at the last day of its third (blind wave 28, CW/tsa-02).
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange

from .. import lazy_re
from .calendar_days import latest_on_or_before, yearless_ahead

#: The last day "early", "mid" or "late" in a month can mean (0: the month's last): read at its
#: latest, the safe end for "at least N days" ("since late May" may be the 31st; blind wave 27,
#: CU/lmri-03). Any other word keeps the month's first day.
_PART_LAST_DAY = {"early": 10, "mid": 20, "late": 0}


#: Words that make the month part after them a start ("since", "started in", "onset").
STARTED = lazy_re.compile(
    r"\b(?:since|from|start\w*|began|begun|beginning|initiated|onset)"
    r"(?:\s+(?:in|on|around|about))?\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A part written before a month or year: "late ", "mid-".
_PART_BEFORE = lazy_re.compile(r"\b(early|mid|late)[\s-]+$", re.IGNORECASE)
#: What makes a part of a year after it a start: "since", "from", "started (PT) in", "onset
#: around" (as since_dates.py reads a month's part: "started naproxen in late May"); not "pain
#: from a fall in late 2024".
_YEAR_STARTED = lazy_re.compile(
    r"(?:\b(?:since|from)|\b(?:start\w*|began|begun|beginning|initiated|onset)\b"
    r"(?:[^.;\d]{0,30}?\b(?:in|on|around))?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: The first and last (month, day) of "early", "mid" and "late" in a year: four months each.
_YEAR_PARTS = {"early": ((1, 1), (4, 30)), "mid": ((5, 1), (8, 31)), "late": ((9, 1), (12, 31))}


#: What makes a dated month before it a span's start: "mid-Nov 2025 to mid-Jan 2026",
#: "late Sept 2025 - end of Nov 2025" (brief s68-k: the start was read at the 1st, earlier than
#: the note allows).
_SPAN_ON = lazy_re.compile(r"\s*(?:-|–|to\b|through\b|thru\b|until\b)\s*\S", re.IGNORECASE)


def started_part(text: str, at: int, end: int | None = None) -> str | None:
    """The part ("early", "mid", "late") written just before ``at`` when a start word comes
    before it ("since late 2024", "started in mid-2025") or, given the date's ``end``, a span
    goes on after it ("mid-Nov 2025 to mid-Jan 2026"); None otherwise ("finished late 2024")."""
    part = _PART_BEFORE.search(text, max(0, at - 12), at)
    if part is None:
        return None
    spans_on = end is not None and _SPAN_ON.match(text, end) is not None
    if not spans_on and not _YEAR_STARTED.search(text, max(0, part.start() - 60), part.start()):
        return None
    return part.group(1).lower()


def year_part_day(part: str, year: int, note_date: dt.date | None) -> dt.date:
    """The day a start in "early/mid/late <year>" is read as: the last day of its four months,
    never past a note written inside them ("since early 2026" on 20 February is that day)."""
    (first_month, first_day), (last_month, last_day) = _YEAR_PARTS[part.lower()]
    first, last = dt.date(year, first_month, first_day), dt.date(year, last_month, last_day)
    return note_date if note_date is not None and first <= note_date < last else last


def month_part_day(part: str | None, month: int, year: int, note_date: dt.date) -> dt.date:
    """The day "early/mid/late <month>" of ``year`` is read as: its latest day, never past the
    note written inside that part of the month ("since late June" on June 27 is the 27th);
    the first of the month for a bare month or another word."""
    last = _PART_LAST_DAY.get((part or "").lower())
    if last is None:
        return dt.date(year, month, 1)
    when = dt.date(year, month, last or monthrange(year, month)[1])
    start = dt.date(year, month, {10: 1, 20: 11}.get(last, 21))
    return note_date if start <= note_date < when else when


#: A part of a month before a span's first month (brief s68-k): "early March to end of May 2026".
RANGE_PART = r"(?:(early|mid|late)[\s-]+)?"
#: ... and before its second month.
RANGE_END_PART = r"(?:(?:the\s+)?(?:end|beginning|start)\s+of\s+|(?:early|mid|late)[\s-]+)?"


def range_start_day(part: str | None, month: int, year: int, note_date: dt.date | None) -> dt.date:
    """The first day of a span of months "early March to end of May 2026": its month's first
    day, or a part's latest (as a start in a part of a month is read: :func:`month_part_day`)."""
    if part is None or note_date is None:
        return dt.date(year, month, 1)
    return month_part_day(part, month, year, note_date)


#: What makes a yearless month after it one still to come: a plan, schedule or wish a few words
#: before it ("pt wishes R THA before planned hiking trip in Oct", "surgery scheduled for late
#: Nov", "next visit early Jan").
_AHEAD = lazy_re.compile(
    r"\b(?:planned|planning|plans?|scheduled|sched|booked|upcoming|next|expected|anticipated|"
    r"will|wants?|wish(?:es)?|hopes?|hoping)\b(?:\s+[\w'/-]+){0,3}\s+$",
    re.IGNORECASE,
)
#: History words a few words before a day, which date a deed even in a plan: "PT started 9/8",
#: "s/p lap band 9/8", "continue PT (began 9/8)", "compare with 10/5 MRI", "order placed as
#: planned at the 12/20 visit".
_HAD_BEFORE = lazy_re.compile(
    r"\b(?:since|from|started|began|begun|had|s/p|status\s+post|done|completed|finished|tried|"
    r"failed|last|was|were|prior|previous(?:ly)?|h/o|hx|seen|dx|diagnosed|performed|given|"
    r"compar\w*|vs\.?|as\s+(?:planned|scheduled|discussed))\b(?:\s+[\w'/-]+){0,3}\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)

#: Days listed after a count of times had: "CSI x2 (1/26, 6/26)", "injections x3: 2/5, 4/9,
#: 7/1". A count of two or more is a tally of care given, and its days are history even in an
#: A/P (blind wave 92, MO/surgery-shoulder-arthroplasty-02: read as next January and June, and
#: the injections as still to come).
_COUNTED_BEFORE = lazy_re.compile(
    r"(?:\bx|\u00d7)\s*[2-9]\s*[(:\-]?\s*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:,|&|and|;)\s*)*$",
    re.IGNORECASE,
)
#: ... unless the clause says the tally is what is planned ("Plan CSI x2 (11/3, 12/1)").
_PLANNED_TALLY = lazy_re.compile(
    r"\b(?:plan(?:ned|s)?|will|schedul\w*|booked|upcoming|next|to\s+be)\b[^.;\n]*$", re.IGNORECASE
)

#: A deed told done right before a day, which dates it on or before the note even within the
#: 90 days ahead a bare yearless day may be an appointment in: "s/p knee scope 1/5" or "PT
#: started 12/1" in a note of 10/20 are last year's; not "will be started 1/5".
_DONE_BEFORE = lazy_re.compile(
    r"(?<!be )(?<!will )(?<!to )\b(?:s/p|status\s+post|started|began|begun|had|done|completed|"
    r"finished|tried|failed|since|diagnosed|performed)\b(?:\s+[\w'/-]+){0,3}\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def yearless_day(text: str, at: int, when: dt.date, note_date: dt.date, plan: bool) -> dt.date:
    """The day ``when`` (read without a year at ``at`` of ``text``) is, moved to the next one
    after the note when it is still to come: its statement a plan (``plan``) or a schedule's
    words right before it ("surgery scheduled 9/8", "Next visit 6/15", "OR booked 10/2"), and no
    history words dating a deed ("PT started 9/8"); moved back to the last one on or before the
    note when a deed done dates it ("s/p knee scope 1/5" in October)."""
    lead = text[max(0, at - 80) : at]
    counted = _COUNTED_BEFORE.search(lead) and not _PLANNED_TALLY.search(lead)
    if (plan or _AHEAD.search(lead)) and not _HAD_BEFORE.search(lead) and not counted:
        return yearless_ahead(when.month, when.day, note_date) or when
    if when > note_date and _DONE_BEFORE.search(lead) and not _AHEAD.search(lead):
        return latest_on_or_before(when.month, when.day, note_date) or when
    return when


def ahead_month(text: str, at: int, month: int, day: int, note_date: dt.date) -> dt.date | None:
    """The first such day after the note, when the words before ``at`` look ahead to it (blind
    wave 32, DO/tha-03: "before planned hiking trip in Oct" in a June note is this October, not
    last; read as last, the note's surgical plan looked a year old). None otherwise."""
    if not _AHEAD.search(text, max(0, at - 80), at):
        return None
    day = min(day, monthrange(note_date.year, month)[1])
    when = dt.date(note_date.year, month, day)
    return when if when > note_date else dt.date(note_date.year + 1, month, day)
