"""The declarative base every table derives from, and the clock its timestamps read."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def aware(value: dt.datetime) -> dt.datetime:
    """``value`` with UTC attached when the backend dropped the zone (SQLite does)."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
