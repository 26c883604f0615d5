"""Care or a result under a plan heading that its statement dates before the note is history.

Many notes put the whole visit under one "A/P:" or "Assessment and Plan:" heading, so the
history told there ("R knee OA, KL3 (XR 1/2026)", "CSI x2 in 2025, PT 2025, meloxicam",
"Naproxen since 3/2026; PT 6 visits Jun-Jul") would read as plans (model.PLANNED_CATEGORIES). A
plan dates what is to come: care or a film the statement dates before the day the note is
written was had then (blind wave 57, HI/hya-03; waves 35 and 56 read only a past season or a
month of an earlier year, statement_kinds.reports_done). A statement that also looks ahead
("start PT 10/2026", "repeat XR, compare with 1/2026", "f/u after MRI 9/2", "PT 2x/wk x 6 wks
then recheck") stays a plan: its past date may only anchor what is to come.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .seasons import SEASON

#: Words of a plan looking ahead: what is to start, be ordered, repeated or followed up.
_AHEAD = lazy_re.compile(
    r"\b(?:will|shall|to\s+(?:start|begin|be|get|obtain|have|do|try|continue|resume)|"
    # "plan" as a word, not a heading's "Assessment/Plan:" or "Impression and plan:".
    r"plan(?:s|ned|ning)?(?!\s*:)|"
    r"start(?:s|ing)?|begin|initiate|schedul\w*|order\w*|refer(?!red)\w*|request\w*|next|due|"
    r"repeat\w*|re-?check\w*|re-?eval\w*|re-?assess\w*|follow\w*|f/u|fu|after|until|pending|"
    r"await\w*|consider\w*|recommend\w*|obtain|compare\w*|vs\.?|versus|trial\s+of|rtc|return|"
    # a frequency sets a course ("PT 2x/wk"); "this summer" is the season under way.
    r"\d\s*x\s*(?:/|per\s+|a\s+)\s*(?:wk|week|d|day|mo|month)|"
    rf"this\s+(?:{SEASON}|week|month|year))\b",
    re.IGNORECASE,
)

#: January written as a month ("1/2026", "01/26", "Jan 2026"), not a bare year read as its 1st.
_JANUARY = lazy_re.compile(r"(?<![\d/])0?1/(?:20)?\d\d\b|\bjan(?:uary)?\b", re.IGNORECASE)


def dated_before_note(statement: str, when: dt.date | None, written: dt.date | None) -> bool:
    """Whether a plan-section finding dated ``when`` (its nearest past date in ``statement``)
    was had before the note ``written`` then, the statement looking nowhere ahead. A month's
    date ("1/2026", read as its first day) counts only before the note's own month."""
    if when is None or written is None or _AHEAD.search(statement):
        return False
    if when == dt.date(written.year, 1, 1) and not _JANUARY.search(statement):
        return False  # the note's own year, bare ("PT 2026"): no telling when in it
    if when.day == 1:  # a month or a year only: "PT 9/2026" written in September may be to come
        return when < written.replace(day=1)
    return when < written
