"""A check run: one retrieval + scoring in progress or just finished, so any app worker can
answer the progress poll; the report it produced lives here until saved or swept (a day)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class CheckRun(Base):
    """One gap check: record retrieval then scoring, run in the background, polled by the page."""

    __tablename__ = "check_runs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    patient_ref: Mapped[str] = mapped_column(String(160))
    requested_service: Mapped[str | None] = mapped_column(String(16))
    order_ref: Mapped[str | None] = mapped_column(String(160))
    as_of: Mapped[dt.date] = mapped_column()
    #: running | done | needs_service | failed
    status: Mapped[str] = mapped_column(String(16), default="running")
    progress: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    could_not_check: Mapped[list[Any]] = mapped_column(JSON, default=list)
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    patient_summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    run_by: Mapped[str | None] = mapped_column(String(512))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    #: What the run read: [{"ref": "Type/id", "label": "…"}] (no text), so an override's
    #: "documented here" can be checked against the record as read (smartapp.overrides.refs).
    record_refs: Mapped[list[Any] | None] = mapped_column(JSON)
    #: Task claims (smartapp.tasks.claims): deliveries so far, until when the holder is
    #: presumed alive, and the holder's claim token (None: nobody works on it right now).
    attempt: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lease_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    claimed_by: Mapped[str | None] = mapped_column(String(32))
