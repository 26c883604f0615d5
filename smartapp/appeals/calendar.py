"""Business days and date arithmetic for appeal clocks: weekends plus US federal holidays.

Holidays come from the ``holidays`` package (``holidays.US``: the federal list, with its
observed-date rules — a Saturday holiday is observed the Friday before, a Sunday one the Monday
after, e.g. New Year's Day 2028 is observed on Friday 2027-12-31). Pure functions: nothing here
reads the clock.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache

import holidays
from dateutil.relativedelta import relativedelta

from ..errors import InputError

#: The days the calendar answers for. Appeal clocks run weeks from a denial; a date outside
#: these years is a typing error, and near date.max the arithmetic itself overflows (issue 20:
#: one stored 9999-12-31 took down the worklist). Outside them the calendar raises
#: DateOutOfRangeError, which pages show as "record the denial again", never a 500.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)


class DateOutOfRangeError(InputError):
    """A date the business-day calendar does not cover."""


def check_range(day: date) -> date:
    """``day`` if the calendar covers it, else DateOutOfRangeError saying which years it does."""
    plain = day.date() if isinstance(day, datetime) else day
    if not FIRST_DAY <= plain <= LAST_DAY:
        raise DateOutOfRangeError(
            f"The date {day.isoformat()[:10]} is outside the years the appeal calendar covers "
            f"({FIRST_DAY.year}–{LAST_DAY.year})."
        )
    return day


@cache
def _federal(year: int) -> holidays.HolidayBase:
    # Two years per table: an observed date can fall in the previous year (Dec 31).
    return holidays.US(years=(year, year + 1), observed=True)


def federal_holiday(day: date) -> str | None:
    """The federal holiday (or observed holiday) name on ``day``, or None."""
    return _federal(day.year).get(day)


def is_business_day(day: date) -> bool:
    """Monday–Friday and not a US federal holiday (observed dates count as holidays)."""
    return day.weekday() < 5 and federal_holiday(day) is None


def add_business_days(start: date, count: int) -> date:
    """The ``count``-th business day after ``start`` (``start`` itself never counts)."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = check_range(start)
    left = count
    while left:
        day += timedelta(days=1)
        if is_business_day(day):
            left -= 1
    return day


def roll(day: date, how: str) -> date:
    """Move a due date off a weekend/holiday: ``none``, ``next_business_day``,
    ``previous_business_day``."""
    if how == "none" or is_business_day(check_range(day)):
        return day
    step = timedelta(days=1 if how == "next_business_day" else -1)
    if how not in ("next_business_day", "previous_business_day"):
        raise ValueError(f"unknown roll rule {how!r}")
    while not is_business_day(day):
        day += step
    return day


def add_period(start: date, amount: int, unit: str) -> date:
    """``start`` + amount in ``calendar_days``, ``business_days`` or ``months`` (month-end clamps:
    Oct 31 + 4 months = Feb 28/29). Both ``start`` and the result must lie in the calendar."""
    check_range(start)
    if abs(amount) > 3660:
        raise DateOutOfRangeError(f"A period of {amount} {unit.replace('_', ' ')} is too long.")
    return check_range(_plus(start, amount, unit))


def _plus(start: date, amount: int, unit: str) -> date:
    if unit == "calendar_days":
        return start + timedelta(days=amount)
    if unit == "business_days":
        return add_business_days(start, amount)
    if unit == "months":
        return start + relativedelta(months=amount)
    raise ValueError(f"unknown unit {unit!r}")
