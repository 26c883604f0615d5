"""A care named once for a list of courses, each told by its season or month, its year and its own
length: "PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks), chiro, NSAIDs" (brief s73-f,
blind wave 84 LK/sps-02; the items are notes/dated_courses.py's).

Each item keeps its own time and length. Read together, the PT's words gave it both years and
ran it from 2025 to 2026, a whole year of therapy the note does not give; and the chiro after
it, with no date of its own, took the statement's and ran the same year. So:

- the care's own words are its latest course's ("winter 2026, 8 wks"), read the way one course
  is (care_dates.year_only: eight weeks as late as they can be in December 2025 to February
  2026): :func:`latest_course`;
- each earlier course is a piece of its own, placed the same way, so a course before the window
  adds nothing and one inside it adds its weeks: :func:`earlier_pieces`;
- the other care of the statement does not take a course's time that follows another care's
  name: :func:`courses_of_others` (their spans are blanked, as a symptom's time is).

A second course told after "again" or "repeated" ("PT 2024 (12 visits) and again fall 2025 (8
wks)") is read apart, by :func:`again_course`: the care's words are that latest course's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .. import lazy_re
from ..notes.dated_courses import course_items
from ..notes.durations import find_dates, find_durations
from ..notes.seasons import SEASON
from .care_piece import Piece

#: (period, days) of one course: the season's or month's first and last day, and its length.
Course = tuple[tuple[date, date], int]


def latest_course(words: str, note_date: date | None) -> tuple[str, list[Course]] | None:
    """The words of the latest course begun by the note, and the earlier courses, when the
    care's own ``words`` hold two or more course items; None otherwise."""
    items = [item for item in course_items(words) if note_date is None or item[2][0] <= note_date]
    if len(items) < 2:
        return None
    latest = max(items, key=lambda item: item[2])
    earlier = [(period, days) for _s, _e, period, days in items if (period, days) != latest[2:]]
    return words[latest[0] : latest[1]], earlier


def earlier_pieces(piece: Piece, earlier: list[Course], note_date: date) -> list[Piece]:
    """A piece for each earlier course, like ``piece`` (the latest course's) but for its days:
    a season's length as late in it as it can be (as year_only places one), a month's from its
    first day (as "Jan 2026 x 8 weeks" is read); never past the note."""
    out = []
    for (first, last), days in earlier:
        if first > note_date:
            continue
        if (last - first).days > 31:  # a season: its weeks as late as they can be
            end = min(last, note_date)
            start = max(first, end - timedelta(days=days))
            placed = (first, last)
        else:  # a month: from its first day
            start, end, placed = first, min(first + timedelta(days=days), note_date), None
        out.append(replace(piece, start=start, end=end, placed_in=placed, late_start=None))
    return out


def courses_of_others(snippet: str, at: int, care_at: list[int]) -> list[tuple[int, int]]:
    """The spans of ``snippet``'s course items that follow another care's name (``care_at``:
    where the statement's care is named) nearer than the care at ``at``: that care's courses,
    not this one's."""
    spans = []
    for start, end, _period, _days in course_items(snippet):
        owner = max((c for c in [at, *care_at] if c <= start), default=None)
        if owner is not None and owner != at:
            spans.append((start, end))
    return spans


def again_course(words: str, note_date: date | None) -> str | None:
    """The words of the care's latest course when its own words name it once for two, the
    second after "again" or "repeated" with a time of its own: "PT 2024 (12 visits) and again
    fall 2025 (8 wks)" (blind wave 27, CT/inj-02) ran eight weeks in fall 2025, not from 2024
    to 2025. Weeks written once before the courses' times ("PT x 12 wks (2024, again fall
    2025)") are each course's: the course named, then when it was had, so the fall's twelve
    weeks (blind wave 55, GY/sh-02), not one day. None when no dated course follows such a
    word."""
    found = [m.start() for m in _AGAIN.finditer(words)]
    first = find_dates(words[: found[-1]], note_date) if found else []
    if not first:
        return None
    rest = words[found[-1] :]
    if not find_dates(rest, note_date):
        return None
    shared = [d for d in find_durations(words, note_date) if d.end <= first[0].start]
    if shared and not find_durations(rest, note_date):
        return f"{words[shared[-1].start : shared[-1].end]} {rest}"
    return rest


#: A word that opens a second course of the care named before it, its time straight after
#: ("and again fall 2025", "repeated in 10/2025"); not a symptom back ("pain again since 3/1").
_AGAIN = lazy_re.compile(
    rf"\b(?:again|repeated)\s+(?:in\s+)?(?=(?:{SEASON}\s+(?:of\s+)?)?\d)",
    re.IGNORECASE,
)
