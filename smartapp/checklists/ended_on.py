"""A course told with its length and the day it ended: "Tried PT 2x/wk x 6 wks (12 visits, ended
2/27)" is six weeks that ended on 2/27, not care from 2/27 on to the note's day (blind wave 44,
FI/knee-arthroscopy-01: read as 13 days, 2/27 to the note of 3/12, where the note says 42).

A statement's one date is read as the day its care began (``care_dates.mentioned_interval``:
"started 12/8, ~6 wks"), which is right for most dates a note writes with a course. A date written
straight after a word that ends the course ("ended", "that ended", "ending", "completed",
"finished", "done", "discharged", "last visit") is its last day instead: the course ran the
stated length up to it ("PT x6 wks ending 3/20": six weeks up to 3/20, not six days from it).
"Through"/"thru" ends the course too ("PT 2x/wk x 6 wks thru 3/20"), unless its clause tells
how long a relief held ("helped through 3/1", "relief lasted thru 3/1"): that day is the
relief's end, not the course's. "Until" stays out: it most often tells a relief ("helped
until 3/1", "pain-free until 2/10"), seldom a course. A course counted in visits up to such a
day ran at least as many days as it had visits (``visits_up_to``); visit_courses.py then reads
its visits at a usual weekly rate, the longer of the two.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import lazy_re
from ..notes.session_counts import session_count
from ..notes.written_dates import find_dates

#: A word that ends the course, right before its date ("ended 2/27", "completed on 3/4/26",
#: "d/c'd from PT 1/9", "finished hand therapy 3/27", "last visit 5/2").
_ENDED_BEFORE = lazy_re.compile(
    r"\b(?:ended|ending|completed|finished|concluded|done|discharged|d/c'?d|"
    r"last\s+(?:visit|session))"
    r"(?:\s+(?:(?:from|of)\s+)?(?:(?:hand|physical|occupational)\s+)?(?:PT|OT|therapy|HEP))?"
    r"\s*(?:on\s+|in\s+|:\s*)?$",
    re.IGNORECASE,
)

#: "thru 3/20", "through 3/20" right before the date: the course's end, unless a relief's.
_THROUGH_BEFORE = lazy_re.compile(r"\b(?:through|thru)\s*(?:on\s+)?$", re.IGNORECASE)
#: The clause of a "through" (after its last comma, semicolon or bracket) telling a relief:
#: "helped through 3/1", "relief lasted thru 3/1", "pain-free through 2/10".
_RELIEF = lazy_re.compile(
    r"\b(?:help(?:ed|s)?|relie[fv]\w*|better|improv\w*|lasted|held|benefit\w*|good|"
    r"pain[- ]?free|resolved|wore\s+off)\b",
    re.IGNORECASE,
)


def _course_ends(before: str) -> bool:
    """Whether the words right before a date end the course at it."""
    if _ENDED_BEFORE.search(before):
        return True
    through = _THROUGH_BEFORE.search(before)
    if through is None:
        return False
    clause = re.split(r"[,;()\[\]]", before[: through.start()])[-1]
    return not _RELIEF.search(clause)


def ended_on(words: str, note_date: date, day: date) -> bool:
    """Whether ``day``, the one date in a statement of care (``words``), is written as the day
    the course ended ("... x 6 wks (12 visits, ended 2/27)")."""
    for mention in find_dates(words, note_date):
        before = words[max(0, mention.start - 40) : mention.start]
        if mention.when == day and _course_ends(before):
            return True
    return False


#: A visit's label before its date and a colon: "Occ Med 2026-03-30:", "F/U 3/30/26 -".
_LABEL = lazy_re.compile(r"^\W*(?:[A-Za-z][\w/&.'-]*\s+){1,4}$")
_LABEL_END = lazy_re.compile(r"\s*[:\-]")
#: A document's heading before its date, looser than a visit's label: names, brackets and
#: dashes but no digit or colon ("PT attendance summary (G. Farraday PT) 04/06/2026:", "PT note
#: - 6/15/26:", "Rehab (Farraday PT) 6/15:").
_HEADING = lazy_re.compile(r"^[^\d:;]{0,80}$")


def headed_by(words: str, day: date) -> bool:
    """Whether ``day`` is written as the heading of the statement (``words``) that dates the
    document, not the care: "(G. Farraday PT) 04/06/2026: Eval 2/16." (blind wave 82,
    LD/occupational-work-rehab-02; courses.py)."""
    found = find_dates(words, day)
    first = found[0] if found else None
    return bool(
        first
        and first.when == day
        and _HEADING.match(words[: first.start])
        and _LABEL_END.match(words, first.end)
    )


def label_day_dropped(words: str, note_date: date, mentioned: list[date]) -> list[date]:
    """``mentioned`` without the note's own day when the statement opens with it as a visit's
    label ("Occ Med 2026-03-30: Hand OT done 3/27 (9 wks)") and its one other date ends the
    course: the label dates the visit, not the care, which ran its weeks up to 3/27 (blind wave
    74, JU/occupational-work-rehab-03: read as three days from 3/27 to the note)."""
    if len(mentioned) != 2 or mentioned[1] != note_date:
        return mentioned
    found = find_dates(words, note_date)
    first = found[0] if found else None
    if (
        first is None
        or first.when != note_date
        or not _LABEL.match(words[: first.start])
        or not _LABEL_END.match(words, first.end)
        or not ended_on(words, note_date, mentioned[0])
    ):
        return mentioned
    return mentioned[:1]


def visits_up_to(words: str, note_date: date, day: date) -> date | None:
    """The latest day a course counted in visits and written as ending on ``day`` can have
    begun: "Completed 24 PT visits post-op (through 2/20/26)" held its visits on 24 days up to
    2/20 (one visit a day at most), so it ran at least 23 days, not the one day its date alone
    gives (blind wave 55, GY/wr-03). A lower bound, never a guess at the weekly rate; None
    when the statement counts fewer than two visits or its date is no end."""
    count = session_count(words)
    if count < 2 or not ended_on(words, note_date, day):
        return None
    return day - timedelta(days=count - 1)
