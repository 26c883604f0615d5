"""Database tables (SQLAlchemy 2 declarative). Schema changes go through Alembic migrations.

What is stored, and why:

- launches and sessions: SMART launch state and the (encrypted) tokens, never in cookies;
- check runs: one retrieval + scoring in progress or just finished, so any app worker can answer
  the progress poll; the report it produced lives here until saved or swept (a day);
- tracked requests, saved reports, comments, audit events: the coordinator worklist. A saved
  report keeps item results with evidence references and short snippets so a coordinator can
  review it without EHR access; the record itself is never stored (re-fetched on re-check);
- appeal packets: a denied request's packet (letter, P2P sheet, lenses) without note text, with
  the coordinator's letter edits and checklist ticks;
- item overrides: a person's "documented here" / "does not apply" on a report item, with the
  reason, who and when; withdrawn ones are kept (docs/overrides.md);
- people: the display name of each user and ordering clinician the app has met (no patient data).
- hook token ids: the ``jti`` of each CDS Hooks JWT until it expires, so none is used twice.
- item attestations: a clinician's answer to an item the record could not show, for the check's
  QuestionnaireResponse (who, when, the typed answer); never counted as record evidence.
- population runs (smartapp.population): one Bulk Data export of an EHR and its patients'
  scoring; the exported resources are staged per (run, patient) only until that patient is
  scored, then deleted (the results live on as tracked requests).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def aware(value: dt.datetime) -> dt.datetime:
    """``value`` with UTC attached when the backend dropped the zone (SQLite does)."""
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


class LaunchState(Base):
    """One authorization request in flight: single-use, expiring, keyed by ``state``."""

    __tablename__ = "launch_states"

    state: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64))
    iss: Mapped[str] = mapped_column(String(512))
    code_verifier: Mapped[str] = mapped_column(String(128))
    nonce: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(Text)
    token_endpoint: Mapped[str] = mapped_column(String(512))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    used: Mapped[bool] = mapped_column(Boolean, default=False)
    #: SHA-256 of the browser's launch-binding cookie: the callback must come from that browser.
    browser_binding: Mapped[str | None] = mapped_column(String(64))


class AppSession(Base):
    """A launched session: the SMART context and the (encrypted) tokens, keyed by an opaque id."""

    __tablename__ = "app_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64))
    iss: Mapped[str] = mapped_column(String(512))
    token_endpoint: Mapped[str] = mapped_column(String(512))
    patient_id: Mapped[str | None] = mapped_column(String(128))
    encounter_id: Mapped[str | None] = mapped_column(String(128))
    fhir_user: Mapped[str | None] = mapped_column(String(512))
    granted_scope: Mapped[str] = mapped_column(Text, default="")
    fhir_context: Mapped[list] = mapped_column(JSON, default=list)
    need_patient_banner: Mapped[bool] = mapped_column(Boolean, default=True)
    smart_style_url: Mapped[str | None] = mapped_column(String(512))
    access_token: Mapped[str] = mapped_column(Text)  # encrypted
    refresh_token: Mapped[str | None] = mapped_column(Text)  # encrypted
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    refresh_count: Mapped[int] = mapped_column(Integer, default=0)
    #: Last request that used this session (the idle limit counts from here).
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    #: Seconds the current access token was issued for (sizes the refresh margin).
    token_lifetime: Mapped[int | None] = mapped_column(Integer)


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


#: Override kinds: "documented here" (counts as met) and "does not apply" (not applicable).
OVERRIDE_KINDS = ("documented", "not_applicable")


class ItemOverride(Base):
    """A person disagreeing with the engine on one report item, with a reason: it belongs to the
    check run's report (``run_id``, so every saved version of the run shows it) or, for reports
    saved before 0004, the saved report (``report_id``); docs/overrides.md."""

    __tablename__ = "item_overrides"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str | None] = mapped_column(String(64), index=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("saved_reports.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("tracked_requests.id"), index=True)
    patient_ref: Mapped[str] = mapped_column(String(160))
    checklist_id: Mapped[str] = mapped_column(String(120))
    checklist_version: Mapped[str] = mapped_column(String(32))
    service_code: Mapped[str] = mapped_column(String(16))
    as_of: Mapped[dt.date] = mapped_column()
    item_id: Mapped[str] = mapped_column(String(64))
    element: Mapped[str] = mapped_column(String(64))
    required: Mapped[bool] = mapped_column(Boolean)
    #: What the engine said (missing | partial | unknown | met | not_applicable).
    engine_status: Mapped[str] = mapped_column(String(16))
    #: documented | not_applicable (OVERRIDE_KINDS)
    kind: Mapped[str] = mapped_column(String(16))
    #: "Documented here": the resource (``Type/id``) and, optionally, the passage in a note.
    reference: Mapped[str | None] = mapped_column(String(200))
    passage: Mapped[str | None] = mapped_column(Text)
    passage_start: Mapped[int | None] = mapped_column(Integer)
    passage_end: Mapped[int | None] = mapped_column(Integer)
    #: True when the passage was found in the note as the app reads it.
    passage_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(512))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    withdrawn_by: Mapped[str | None] = mapped_column(String(512))


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


class HookTokenUse(Base):
    """A CDS Hooks JWT already accepted: its issuer and ``jti`` (hashed), kept until it expires so
    a replayed call is refused by any app worker (the primary key makes the second insert fail)."""

    __tablename__ = "hook_token_uses"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class ItemAttestation(Base):
    """A clinician's answer to a report item the record did not show (issue 17): it becomes a
    QuestionnaireResponse answer with DTR's information-origin ``manual`` and its author; the
    report keeps the item "missing from the record". A newer answer to the same item replaces
    the older one in the response; the rows stay (history)."""

    __tablename__ = "item_attestations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(64), index=True)
    patient_ref: Mapped[str] = mapped_column(String(160))
    checklist_id: Mapped[str] = mapped_column(String(120))
    checklist_version: Mapped[str] = mapped_column(String(32))
    item_id: Mapped[str] = mapped_column(String(64))
    #: What the engine said of the item (missing | partial | unknown).
    engine_status: Mapped[str] = mapped_column(String(16))
    #: The FHIR answer value, e.g. {"valueBoolean": true} or {"valueDecimal": 32.5}.
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: The practitioner as the EHR names them (``Practitioner/123``): the answer's author.
    author_ref: Mapped[str] = mapped_column(String(200))
    actor: Mapped[str] = mapped_column(String(512))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PopulationRun(Base):
    """One population run: a Bulk Data export of one EHR, then one scoring task per patient
    with a checkable order. Counts are derived from its :class:`PopulationPatient` rows."""

    __tablename__ = "population_runs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64), index=True)
    iss: Mapped[str] = mapped_column(String(512))
    #: exporting | scoring | done | failed | cancelled
    status: Mapped[str] = mapped_column(String(16), default="exporting")
    #: Who started it: a coordinator's identity, "cli" or "schedule".
    started_by: Mapped[str] = mapped_column(String(512))
    as_of: Mapped[dt.date] = mapped_column()
    #: ``_since`` sent with the kick-off (an incremental run), None for a full export.
    since: Mapped[str | None] = mapped_column(String(40))
    #: The manifest's transactionTime: the next incremental run's ``_since``.
    transaction_time: Mapped[str | None] = mapped_column(String(40))
    #: The export's status URL while it runs (cancel needs it); no token, no patient data.
    status_url: Mapped[str | None] = mapped_column(Text)
    #: The EHR's X-Progress text and the files read so far.
    progress: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    patients_seen: Mapped[int] = mapped_column(Integer, default=0)
    #: Problems the export reported (error files) or that reading it met (unreadable lines).
    export_problems: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Why the run as a whole failed (error_fields), None otherwise.
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class PopulationPatient(Base):
    """One patient of a run with a checkable order: pending until its task has scored it."""

    __tablename__ = "population_patients"

    run_id: Mapped[str] = mapped_column(ForeignKey("population_runs.id"), primary_key=True)
    patient_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    #: pending | scored | no_checklist | failed | skipped (the run was cancelled first)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    #: The worst readiness state of its scored orders: ready | not_ready | incomplete.
    state: Mapped[str | None] = mapped_column(String(16))
    #: The tracked request of its newest scored order.
    request_id: Mapped[int | None] = mapped_column(Integer)
    #: Each checkable order scored: [{"service": code, "state": …, "request_id": …}].
    results: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Why scoring failed (error_fields: our words, no PHI).
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class PopulationResource(Base):
    """One exported resource staged for its patient's scoring task, deleted once scored."""

    __tablename__ = "population_resources"
    __table_args__ = (Index("ix_population_resources_run_patient", "run_id", "patient_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(64))
    patient_id: Mapped[str] = mapped_column(String(128))
    resource_type: Mapped[str] = mapped_column(String(40))
    resource: Mapped[dict[str, Any]] = mapped_column(JSON)
