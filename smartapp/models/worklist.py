"""The coordinator worklist: tracked requests, their saved reports (and those reports' rendered
cards), comments, the audit trail, and the names of the people they record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

#: Worklist workflow, in order. ``denied`` and ``approved`` end a request (it can be reopened).
WORKFLOW = ("open", "in_progress", "ready_to_submit", "submitted", "denied", "approved")


class TrackedRequest(Base):
    """One prior-authorization request being prepared: a patient + service at one EHR."""

    __tablename__ = "tracked_requests"
    __table_args__ = (
        UniqueConstraint("iss", "patient_ref", "service_code", name="uq_request_patient_service"),
        Index("ix_requests_status_updated", "status", "updated_at"),
        # The worklist's pickers list the values in use (smartapp.reports.pickers.facets).
        Index("ix_requests_topic", "topic"),
        Index("ix_requests_service_code", "service_code"),
        Index("ix_requests_assignee", "assignee"),
        # The worklist's sort orders (smartapp.reports.worklist.SORTS): a page of 50 walks the
        # index instead of sorting every request (migration 0014). readiness_desc is readiness
        # descending, id ascending: its own index, below (it names the class's column).
        Index("ix_requests_updated", "updated_at", "id"),
        Index("ix_requests_readiness", "readiness", "id"),
        Index("ix_requests_patient", "patient_name", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    iss: Mapped[str] = mapped_column(String(512))
    patient_ref: Mapped[str] = mapped_column(String(160))
    patient_name: Mapped[str] = mapped_column(String(1000), default="")
    patient_birth_date: Mapped[str | None] = mapped_column(String(10))
    service_system: Mapped[str] = mapped_column(String(16))
    service_code: Mapped[str] = mapped_column(String(16))
    topic: Mapped[str] = mapped_column(String(64))
    order_ref: Mapped[str | None] = mapped_column(String(160))
    status: Mapped[str] = mapped_column(String(24), default="open")
    assignee: Mapped[str | None] = mapped_column(String(512))
    readiness: Mapped[int] = mapped_column(Integer, default=0)
    #: The latest report's readiness state: ready | not_ready | incomplete (engine.STATES).
    readiness_state: Mapped[str] = mapped_column(
        String(16), default="not_ready", server_default="not_ready"
    )
    required_gaps: Mapped[int] = mapped_column(Integer, default=0)
    latest_report_id: Mapped[int | None] = mapped_column(Integer)
    created_by: Mapped[str | None] = mapped_column(String(512))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: Denial details (issue 7): reason text, category, dates, plan type, state, codes.
    denial: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: Optimistic lock: a change made from a stale page is refused, not silently lost.
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: Who put it on the worklist: "check" (a person's saved check) or "population" (found by
    #: the nightly population run, smartapp.population).
    source: Mapped[str] = mapped_column(String(16), default="check", server_default="check")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative API


Index("ix_requests_readiness_desc", TrackedRequest.readiness.desc(), TrackedRequest.id)


class SavedReport(Base):
    """One saved gap report for a tracked request (every save is kept; newest is current)."""

    __tablename__ = "saved_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("tracked_requests.id"), index=True)
    checklist_id: Mapped[str] = mapped_column(String(120))
    checklist_version: Mapped[str] = mapped_column(String(32))
    as_of: Mapped[dt.date] = mapped_column()
    readiness: Mapped[int] = mapped_column(Integer)
    #: ready | not_ready | incomplete, by the readiness rule (docs/checklists.md §5)
    state: Mapped[str] = mapped_column(String(16), default="not_ready", server_default="not_ready")
    required_gaps: Mapped[int] = mapped_column(Integer)
    #: The ``smartapp score`` JSON (items with evidence references and snippets, warnings).
    report: Mapped[dict[str, Any]] = mapped_column(JSON)
    could_not_check: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Who saved it (identity: iss + fhirUser); every clinician who saved one sees the request.
    run_by: Mapped[str | None] = mapped_column(String(512), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: The check run saved (None before migration 0004): its overrides are this report's too.
    run_id: Mapped[str | None] = mapped_column(String(64), index=True)
    #: The run's ``record_refs`` (None for reports saved before migration 0004).
    record_refs: Mapped[list[Any] | None] = mapped_column(JSON)


class RequestComment(Base):
    """A coordinator's or clinician's comment on a tracked request."""

    __tablename__ = "request_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("tracked_requests.id"), index=True)
    author: Mapped[str] = mapped_column(String(512))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEvent(Base):
    """Who did what, when, to which patient's request. Append-only; never holds tokens."""

    __tablename__ = "audit_events"
    # (request_id, id): a request page's latest events without sorting its whole trail (0015).
    __table_args__ = (Index("ix_audit_request_at", "request_id", "at"),
                      Index("ix_audit_request_id", "request_id", "id"))  # fmt: skip

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(512))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(48))
    request_id: Mapped[int | None] = mapped_column(Integer)
    patient_ref: Mapped[str | None] = mapped_column(String(160))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Person(Base):
    """Who a stored identity is, by name (issue 18): the audit trail, the worklist and the
    reports record who did something as an identity (``Practitioner/123``), and people read names.
    Filled from the signed-in user's fhirUser resource at launch and from the Practitioners a check
    reads (the ordering clinician); holds no patient data."""

    __tablename__ = "people"

    identity: Mapped[str] = mapped_column(String(512), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RenderedReport(Base):
    """A saved report version's item cards as rendered HTML (issue 19), for any worker to reuse:
    keyed by a digest of everything the cards show and of the code that renders them
    (smartapp.reports.rendered), so a row is never stale, only unused. Deleted with its report."""

    __tablename__ = "rendered_reports"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("saved_reports.id", ondelete="CASCADE"), index=True
    )
    #: The rendering code's stamp: rows of an older deployment are removed as new ones come.
    stamp: Mapped[str] = mapped_column(String(16))
    #: zlib-compressed UTF-8, level 1 (a report's cards: ~35 KB of repetitive markup, an eighth
    #: of that stored, ~0.13 ms to compress).
    html: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
