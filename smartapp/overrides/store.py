"""Overrides in the database: which report they belong to, adding and withdrawing them (each one
transaction with its audit event), and keeping the stored readiness of the saved reports and the
worklist row in step with them.

An override belongs to the report of one check run, shared by the live check page and every
version saved from that run (the same report); a report saved before runs were recorded keeps
its own (``report_id``). Stored readiness is recomputed from the saved items and the active
overrides by the one rule, so the worklist column says what the report page says.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..checklists.overrides import overridden_readiness
from ..checklists.readiness import notes_unread
from ..errors import AccessDeniedError, InputError, NotFoundError, StoreError
from ..identity import OTHER, actor_of, role_of, who
from ..models import AppSession, CheckRun, ItemOverride, SavedReport, TrackedRequest, utcnow
from ..reports import audit
from .forms import KIND_WORDS, OverrideForm, Passage

log = logging.getLogger(__name__)
T = TypeVar("T")
ATTEMPTS = 5


@dataclass
class Scope:
    """The report an override is about: a live check run's, or a saved version's. The report
    and its record references are read from ``source`` when asked: a request page whose page
    and cards are kept needs neither (issue 19, stop 49: the version's are decoded only then,
    reports.access.PlainVersion)."""

    #: The check run or saved version that holds the report and record references.
    source: Any
    patient_ref: str
    run_id: str | None
    saved: SavedReport | None = None
    tracked: TrackedRequest | None = None
    #: Overrides can be added and withdrawn here (the live check, or the newest saved version).
    editable: bool = True
    rows: list[ItemOverride] = field(default_factory=list)

    @property
    def report(self) -> dict[str, Any]:
        return self.source.report or {}  # type: ignore[no-any-return]

    @property
    def record_refs(self) -> list[Any] | None:
        return self.source.record_refs  # type: ignore[no-any-return]


def run_scope(run: CheckRun) -> Scope:
    return Scope(run, run.patient_ref, run.id)


def saved_scope(tracked: TrackedRequest, saved: SavedReport) -> Scope:
    return Scope(saved, tracked.patient_ref, saved.run_id, saved, tracked,
                 editable=saved.id == tracked.latest_report_id)  # fmt: skip


def _filter(scope: Scope) -> Any:
    if scope.run_id:
        return ItemOverride.run_id == scope.run_id
    return ItemOverride.report_id == (scope.saved.id if scope.saved else -1)


def load(db: Session, scope: Scope) -> Scope:
    """Read the scope's overrides, oldest first (withdrawn ones too: they are history)."""
    scope.rows = db.query(ItemOverride).filter(_filter(scope)).order_by(ItemOverride.id).all()
    return scope


_TABLE = ItemOverride.__table__
#: The panels' reads (every check and request page): plain rows of the whole table row, by
#: statements built once. The write paths use :func:`load` (ORM objects they change).
_BY_RUN = select(_TABLE).where(_TABLE.c.run_id == bindparam("key")).order_by(_TABLE.c.id)
_BY_REPORT = select(_TABLE).where(_TABLE.c.report_id == bindparam("key")).order_by(_TABLE.c.id)


def read(db: Session, scope: Scope) -> Scope:
    """Like :func:`load`, as plain read-only rows (same attribute names) for a page to show."""
    if scope.run_id:
        statement, key = _BY_RUN, scope.run_id
    else:
        statement, key = _BY_REPORT, scope.saved.id if scope.saved else -1
    scope.rows = db.connection().execute(statement, {"key": key}).all()  # type: ignore[assignment]
    return scope


def active(rows: list[ItemOverride]) -> dict[str, ItemOverride]:
    """item id → its standing override (the newest not withdrawn)."""
    return {row.item_id: row for row in rows if row.withdrawn_at is None}


def kinds(rows: list[ItemOverride]) -> dict[str, str]:
    return {item: row.kind for item, row in active(rows).items()}


def _retrying(db: Session, work: Callable[[], T]) -> T:
    """Run ``work`` and commit; a concurrent change to the tracked request (its version moved)
    rolls back and runs it again, because an override depends on no page's version."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            result = work()
            db.commit()
            return result
        except (StaleDataError, OperationalError) as error:
            db.rollback()
            log.info("override: concurrent change (%s), attempt %d", type(error).__name__, attempt)
    raise StoreError("The override could not be saved because the request kept changing.")


def sync_readiness(db: Session, scope: Scope) -> None:
    """Re-score the saved versions that share the scope's overrides, and their worklist row."""
    if scope.run_id:
        versions = db.query(SavedReport).filter(SavedReport.run_id == scope.run_id).all()
    else:
        versions = [scope.saved] if scope.saved else []
    overridden = kinds(db.query(ItemOverride).filter(_filter(scope)).all())
    for saved in versions:
        verdict = overridden_readiness(saved.report.get("items") or [], overridden,
                                       notes_unread(saved.report))  # fmt: skip
        saved.readiness, saved.state = verdict.number, verdict.state
        saved.required_gaps = verdict.gaps
        tracked = db.get(TrackedRequest, saved.request_id)
        if tracked is not None and tracked.latest_report_id == saved.id:
            tracked.readiness, tracked.readiness_state = verdict.number, verdict.state
            tracked.required_gaps, tracked.updated_at = verdict.gaps, utcnow()


def _request_id(db: Session, scope: Scope) -> int | None:
    if scope.tracked is not None:
        return scope.tracked.id
    if scope.run_id:
        saved = db.execute(select(SavedReport.request_id)
                           .where(SavedReport.run_id == scope.run_id).limit(1)).first()  # fmt: skip
        return saved[0] if saved else None
    return None


def _audit(db: Session, launch: AppSession, scope: Scope, action: str, row: ItemOverride) -> None:
    tracked = db.get(TrackedRequest, row.request_id) if row.request_id else None
    detail = {"override": row.id, "item": row.item_id, "kind": row.kind,
              "engine_status": row.engine_status, "reference": row.reference,
              "report": scope.saved.id if scope.saved else None,
              "run": None if tracked else scope.run_id}  # fmt: skip
    audit.record(launch, action, tracked=tracked, patient_ref=scope.patient_ref, detail=detail)


def add(db: Session, launch: AppSession, scope: Scope, item_id: str, form: OverrideForm,
        passage: Passage) -> ItemOverride:  # fmt: skip
    """Record ``form`` as the override of ``item_id`` (one standing override per item)."""
    if role_of(launch) == OTHER:
        raise AccessDeniedError("Only clinicians and PA coordinators can override a result.")
    if not scope.editable:
        raise InputError("Overrides are made on the newest saved version of a report.")
    item = next((i for i in scope.report.get("items") or [] if i.get("id") == item_id), None)
    if item is None:
        raise NotFoundError("That report has no such item.")
    if (form.kind, item["status"]) in (("documented", "met"), ("not_applicable", "not_applicable")):
        raise InputError(f"The app already counts this item as {KIND_WORDS[form.kind]}.")
    report = scope.report

    def work() -> ItemOverride:
        standing = active(load(db, scope).rows).get(item_id)
        if standing is not None:
            words = KIND_WORDS[standing.kind]
            raise InputError(f"{who(standing.actor)} already marked this item “{words}”; "
                             "it must be withdrawn first.")  # fmt: skip
        row = ItemOverride(
            run_id=scope.run_id, report_id=scope.saved.id if scope.saved else None,
            request_id=_request_id(db, scope), patient_ref=scope.patient_ref,
            checklist_id=report["checklist"]["id"],
            checklist_version=report["checklist"]["version"],
            service_code=report["service"]["code"], as_of=_as_of(report),
            item_id=item_id, element=str(item.get("element") or ""),
            required=bool(item.get("required")), engine_status=item["status"], kind=form.kind,
            reference=form.reference, passage=passage.text, passage_start=passage.start,
            passage_end=passage.end, passage_checked=passage.checked, reason=form.reason,
            actor=actor_of(launch), role=role_of(launch), created_at=utcnow(),
        )  # fmt: skip
        db.add(row)
        db.flush()
        _audit(db, launch, scope, "override_add", row)
        sync_readiness(db, scope)
        return row

    return _retrying(db, work)


def withdraw(db: Session, launch: AppSession, scope: Scope, override_id: int) -> ItemOverride:
    """Withdraw an override (its author only); the row stays, marked withdrawn."""
    if not scope.editable:
        raise InputError("Overrides are withdrawn on the newest saved version of a report.")

    def work() -> ItemOverride:
        row = next((r for r in load(db, scope).rows if r.id == override_id), None)
        if row is None:
            raise NotFoundError("No such override on this report.")
        if row.withdrawn_at is not None:
            raise InputError("That override was already withdrawn.")
        if row.actor != actor_of(launch):
            raise AccessDeniedError(
                f"Only {who(row.actor)}, who made this override, can withdraw it."
            )
        row.withdrawn_at, row.withdrawn_by = utcnow(), actor_of(launch)
        _audit(db, launch, scope, "override_withdraw", row)
        sync_readiness(db, scope)
        return row

    return _retrying(db, work)


def _as_of(report: dict[str, Any]) -> dt.date:
    return dt.date.fromisoformat(str(report["as_of"]))


def on_save(db: Session, run: CheckRun, request_id: int) -> dict[str, str]:
    """Saving a run: its overrides now belong to the request too; returns them as kinds."""
    rows = db.query(ItemOverride).filter(ItemOverride.run_id == run.id).all()
    for row in rows:
        if row.request_id is None:
            row.request_id = request_id
    return kinds(rows)


def sweep_unsaved(db: Session) -> None:
    """Delete overrides of checks that are gone and were never saved (they quote notes, like the
    check's report that went before them); the audit trail keeps that they were made."""
    runs = select(CheckRun.id)
    db.query(ItemOverride).filter(
        ItemOverride.request_id.is_(None), ItemOverride.report_id.is_(None),
        ItemOverride.run_id.is_not(None), ItemOverride.run_id.not_in(runs),
    ).delete(synchronize_session=False)  # fmt: skip
