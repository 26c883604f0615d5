"""A denied request's appeal packet (docs/appeals.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class AppealPacket(Base):
    """One appeal packet built for a denied request (issue 7): the gap check re-run through the
    denial's lens, the cited letter, the P2P sheet, the documents to attach.

    ``packet`` is :func:`smartapp.appeals.build_packet`'s dict *without* note text (the record is
    never stored; the PDF reads the notes live). The coordinator's letter edits (sentence id →
    text) and documentation-checklist ticks are kept apart, so the draft and its citations stay
    intact. While ``status`` is ``building`` the check run ``run_id`` fetches and scores the record.
    """

    __tablename__ = "appeal_packets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("tracked_requests.id"), index=True)
    run_id: Mapped[str | None] = mapped_column(String(64))
    #: building | done (a failed build is read from its check run)
    status: Mapped[str] = mapped_column(String(16), default="building")
    packet: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: The SavedReport version the re-run check was saved as.
    report_id: Mapped[int | None] = mapped_column(Integer)
    letter_edits: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    checklist_ticks: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_by: Mapped[str | None] = mapped_column(String(512))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Optimistic lock: letter edits or ticks saved from a stale page are refused.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative API
