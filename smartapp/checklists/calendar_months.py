"""``min_span_months``: an episode of care (episodes.py) judged in calendar months, not days.

The hip, knee and shoulder guidelines, the fusion LCD ("at least 3 months") and the hyaluronan
LCD ask for months of failed care. Read as 84 days, dated care from 8/28 to 11/20 was three
months; a reviewer counts it as short of them (FB/spine-02, CE/tsa-02), and so do payers. So
care meets N months when the days it was given, its first and last included, make N calendar
months: from 8/28 through 11/27, or 3/2 through 6/1 (an injection on each; EV/tsa-02's reviewer
counts that as over three months); the month's last day where it has no such day (8/31 through
11/29 reaches 11/30).

Dates known only to their month count as the whole month, as they are read (care_dates.py): care
begun in a month written without its day began on its 1st, and care that ended in one ran
through its last day, so "PT Jan-Mar" is three months, as "PT 1/1-3/31" is.

A length the notes state in their own words counts as that length, as payers read it: twelve
weeks are three months ("completed 12 weeks of PT"), four weeks a month; a stated month is 30
days as the reader counts it, so "x 3 months" is three. Such a piece begins, for this count, that
many months before it ends (never before the window).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..notes.calendar_days import months_on
from .care_piece import Piece

#: A month of stated weeks: payers read 12 weeks as 3 months.
_WEEKS_MONTH = 28
#: A stated month as the note reader counts it (notes/durations.UNIT_DAYS).
_READ_MONTH = 30


def months_between(start: date, end: date) -> tuple[int, int]:
    """Whole calendar months from ``start`` to ``end``, and the days left over."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months_on(start, months) > end:
        months -= 1
    return months, (end - months_on(start, months)).days


def stated_start(end: date, days: int) -> date:
    """The day a stated length of ``days`` ending on ``end`` began, counted in months."""
    if days % _READ_MONTH == 0:
        return months_on(end, -(days // _READ_MONTH))
    return months_on(end, -(days // _WEEKS_MONTH)) - timedelta(days=days % _WEEKS_MONTH)


def _start(piece: Piece, floor: date) -> date:
    start = max(piece.start, piece.late_start or piece.start)
    if not piece.stated:
        return start
    days = (piece.end - piece.start).days
    return max(min(start, stated_start(start + timedelta(days=days), days)), floor)


def _end(piece: Piece) -> date:
    """The day after the care's last day: that day was a day of care too (a visit, a dose)."""
    return (piece.through or piece.end) + timedelta(days=1)


def calendar_span(pieces: list[Piece], floor: date) -> tuple[int, int]:
    """The episode's whole calendar months and days over; (0, 0) for drugs taken only as
    needed (episode_spans.episode_span)."""
    if all(p.sporadic for p in pieces):
        return 0, 0
    start = min(_start(p, floor) for p in pieces)
    return months_between(start, max(_end(p) for p in pieces))


def month_measure(pieces: list[Piece], floor: date) -> int:
    """The span on a scale of 28-day months, so that it reaches ``months * 28`` exactly when
    the episode reaches ``months`` calendar months (what care_episode compares)."""
    months, days = calendar_span(pieces, floor)
    return months * _WEEKS_MONTH + min(days, _WEEKS_MONTH - 1)


def months_text(pieces: list[Piece], floor: date, months: int) -> str:
    """ "2 months and 23 days of the 3 months needed", "1 day of the 3 months needed": what a
    coordinator compares with the payer's months, without a second count in days beside it."""
    whole, days = calendar_span(pieces, floor)
    parts = [f"{whole} month{'s' if whole != 1 else ''}"] if whole else []
    if days or not whole:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return f"{' and '.join(parts)} of the {months} months needed"
