"""The audit trail: every view and change of a gap report, who, when, which patient's request.

Events are added to the caller's database session so they commit (or roll back) together with
the change they describe. Details hold ids, statuses and codes, never note text or tokens.

A page view is the one write of a read-only page: :func:`record_view_event` sends it as one
plain INSERT in the page's transaction (no ORM object, no id read back), committed before the
page is sent, so a page that shows is a page that was audited.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert

from .. import direct
from ..db import get_session
from ..identity import actor_of, role_of
from ..models import AppSession, AuditEvent, CheckRun, TrackedRequest, utcnow

_INSERT = insert(AuditEvent.__table__)


def record(
    launch: AppSession,
    action: str,
    *,
    tracked: TrackedRequest | None = None,
    patient_ref: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an audit event to the request's session (the caller commits)."""
    event = AuditEvent(
        actor=actor_of(launch),
        role=role_of(launch),
        action=action,
        request_id=tracked.id if tracked is not None else None,
        patient_ref=tracked.patient_ref if tracked is not None else patient_ref,
        detail=detail or {},
    )
    get_session().add(event)
    return event


def record_view_event(
    launch: AppSession,
    action: str,
    *,
    request_id: int | None = None,
    patient_ref: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """A page view's event, written at once in the request's transaction (the caller commits):
    the same row :func:`record` makes, as one INSERT. Sent on the connection, not the ORM
    session: a read-only page has no ORM objects to flush first, and the session's ORM layer
    cost about a third of the INSERT's time (issue 19, eleventh pass); on the driver's cursor
    (:mod:`smartapp.direct`), compiled once, since the twelfth."""
    direct.run(*view_event(launch, action, request_id=request_id, patient_ref=patient_ref,
                           detail=detail))  # fmt: skip


def view_event(
    launch: AppSession,
    action: str,
    *,
    request_id: int | None = None,
    patient_ref: str | None = None,
    detail: dict[str, Any] | None = None,
) -> tuple[Any, dict[str, Any]]:
    """The INSERT of :func:`record_view_event` and its values, for a page that sends it with
    its names' read (``people.load_names(written=...)``: one round trip on PostgreSQL)."""
    return _INSERT, {
        "at": utcnow(), "actor": actor_of(launch), "role": role_of(launch), "action": action,
        "request_id": request_id, "patient_ref": patient_ref, "detail": detail or {},
    }  # fmt: skip


def record_view(launch: AppSession, run: CheckRun) -> None:
    """A clinician looked at a finished check (once per run: refreshes are not new views)."""
    db = get_session()
    seen = (
        db.query(AuditEvent.id)
        .filter(AuditEvent.action == "view_check", AuditEvent.actor == actor_of(launch))
        .filter(AuditEvent.detail["run"].as_string() == run.id)
        .first()
    )
    if seen is None:
        record(launch, "view_check", patient_ref=run.patient_ref, detail={"run": run.id})
        db.commit()
