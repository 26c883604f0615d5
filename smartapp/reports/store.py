"""Saving gap reports and moving tracked requests through the workflow, safely under concurrency.

- One tracked request per (EHR, patient, service): two workers saving the first report for the
  same patient at once both land on the same row (the unique constraint decides, the loser
  re-reads), and every save is kept as a report version.
- Each save or change is one transaction with its audit event: interrupted, it leaves the previous
  state intact. A change made from a stale page (its version no longer current) is refused with
  :class:`~smartapp.errors.ConflictError`; a save retries instead, because it depends on no page.
"""

from __future__ import annotations

import logging
import secrets
import time
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..checklists.overrides import overridden_readiness
from ..checklists.readiness import notes_unread
from ..edge import clean_text
from ..errors import ConflictError, InputError, NotFoundError, StoreError
from ..identity import actor_of, person, user_ref
from ..models import WORKFLOW, AppSession, CheckRun, RequestComment, SavedReport, TrackedRequest
from ..models import utcnow as _now
from ..overrides import store as overrides
from . import audit

log = logging.getLogger(__name__)
SAVE_ATTEMPTS = 5
#: Longest pause before a retry, growing with each attempt (seconds). Two workers saving the
#: same request again and again (a population run beside a clinician) retried at once can lose
#: to each other every time; a random pause lets one finish first.
RETRY_PAUSE = 0.02
MAX_COMMENT = 4000
MAX_ASSIGNEE = 200
#: tracked_requests.patient_name (widened from 200 in migration 0006; a longer name is cut with
#: a visible "…", never refused: the name comes from the EHR, not from the user).
MAX_PATIENT_NAME = 1000
#: Denial categories (issue 7 uses the same words).
DENIAL_CATEGORIES = ("missing-clinical-notes", "incorrect-cpt", "medical-necessity", "other")


def patient_name(value: object) -> str:
    """The EHR's patient name as stored: control characters out, at most MAX_PATIENT_NAME
    characters (a longer one ends in "…", so it never looks complete)."""
    name = clean_text(str(value or "")).strip()
    return name if len(name) <= MAX_PATIENT_NAME else name[: MAX_PATIENT_NAME - 1] + "…"


def _tracked_for(
    db: Session, launch: AppSession, run: CheckRun, source: str = "check"
) -> TrackedRequest:
    """The request for the run's patient and service, created if new.

    INSERT … ON CONFLICT DO NOTHING (both SQLite and PostgreSQL) lets two workers create the
    same request at once: one inserts, the other's insert does nothing, both then read the row.
    No savepoint is needed, so nothing can commit before the whole save does. The row is then
    read FOR UPDATE (PostgreSQL; SQLite already holds its one write lock from the insert on): a
    second save of the same request waits for the first to commit and reads its version, where
    an optimistic read could lose to a busy neighbour on every retry (seen in CI under load).
    """
    service = run.report["service"]  # type: ignore[index]
    key = {"iss": launch.iss, "patient_ref": run.patient_ref, "service_code": service["code"]}
    insert = postgresql.insert if db.get_bind().dialect.name == "postgresql" else sqlite.insert
    db.execute(
        insert(TrackedRequest)
        .values(
            **key,
            service_system=service["system"],
            topic=service["topic"],
            order_ref=run.order_ref,
            patient_name=patient_name(run.patient_summary.get("name")),
            patient_birth_date=run.patient_summary.get("birth_date"),
            status="open",
            created_by=actor_of(launch),
            created_at=_now(),
            updated_at=_now(),
            version=1,
            readiness=0,
            readiness_state="not_ready",
            required_gaps=0,
            source=source,
        )
        .on_conflict_do_nothing(index_elements=list(key))
    )
    return db.query(TrackedRequest).filter_by(**key).with_for_update().populate_existing().one()


def save_run(db: Session, launch: AppSession, run: CheckRun, *, source: str = "check") -> int:
    """Save ``run``'s report as the newest version of its tracked request; returns its id.

    The run's overrides come with it (they belong to the run's report, saved or not), and the
    stored readiness is the report's as people left it. ``source`` marks a request this save
    creates: "check" (a person saved a check) or "population" (a population run found it); an
    existing request keeps its own.
    """
    report: dict[str, Any] = run.report or {}
    for attempt in range(1, SAVE_ATTEMPTS + 1):
        try:
            tracked = _tracked_for(db, launch, run, source)
            overridden = overrides.on_save(db, run, tracked.id)
            readiness = overridden_readiness(report.get("items") or [], overridden,
                                             notes_unread(report))  # fmt: skip
            saved = SavedReport(
                checklist_id=report["checklist"]["id"],
                checklist_version=report["checklist"]["version"],
                as_of=run.as_of,
                readiness=readiness.number,
                state=readiness.state,
                required_gaps=readiness.gaps,
                report=report,
                could_not_check=run.could_not_check,
                run_by=actor_of(launch),
                run_id=run.id,
                record_refs=run.record_refs,
            )
            saved.request_id = tracked.id
            db.add(saved)
            db.flush()
            tracked.latest_report_id = saved.id
            tracked.readiness, tracked.required_gaps = saved.readiness, saved.required_gaps
            tracked.readiness_state = saved.state
            tracked.order_ref = run.order_ref or tracked.order_ref
            tracked.updated_at = _now()
            audit.record(launch, "save_report", tracked=tracked,
                         detail={"report": saved.id, "readiness": saved.readiness,
                                 "state": saved.state, "overrides": len(overridden),
                                 "required_gaps": saved.required_gaps})  # fmt: skip
            db.commit()
            return tracked.id
        except (StaleDataError, OperationalError) as error:
            db.rollback()
            log.info("save: concurrent change (%s), attempt %d", type(error).__name__, attempt)
            time.sleep(RETRY_PAUSE * attempt * secrets.randbelow(1000) / 1000)
    raise StoreError("The report could not be saved because the request kept changing.")


def get_tracked(db: Session, request_id: int) -> TrackedRequest:
    tracked = db.get(TrackedRequest, request_id)
    if tracked is None:
        raise NotFoundError("No such request.")
    return tracked


def _check_version(tracked: TrackedRequest, version: str | None) -> None:
    if not version or not version.isdigit() or int(version) != tracked.version:
        raise ConflictError("This request was changed after the page was loaded.")


def _commit_change(db: Session) -> None:
    try:
        db.commit()
    except StaleDataError as error:
        db.rollback()
        raise ConflictError("This request was changed while you were editing it.") from error


def change_status(
    db: Session,
    launch: AppSession,
    tracked: TrackedRequest,
    status: str,
    version: str | None,
    *,
    comment: str = "",
    denial: dict[str, Any] | None = None,
) -> None:
    """Move the request to ``status`` (any step: work is not always linear); comment optional."""
    if status not in WORKFLOW:
        raise InputError("Pick one of the listed statuses.")
    _check_version(tracked, version)
    if status == "denied":
        if not denial or not str(denial.get("reason_text", "")).strip():
            raise InputError("A denied request needs the payer's denial reason.")
        if denial.get("category") not in DENIAL_CATEGORIES:
            raise InputError("Pick the denial category.")
        tracked.denial = denial
    before = tracked.status
    tracked.status, tracked.updated_at = status, _now()
    audit.record(launch, "status_change", tracked=tracked,
                 detail={"from": before, "to": status,
                         "denial_category": (denial or {}).get("category")})  # fmt: skip
    if comment.strip():
        _add_comment(db, launch, tracked, comment)
    _commit_change(db)


def assignee_value(launch: AppSession, typed: str) -> str | None:
    """What to store for a typed assignee: "me" or the user's own reference is their identity,
    a bare ``Type/id`` is that user at this EHR, anything else a name (at most MAX_ASSIGNEE)."""
    text = clean_text(typed).strip()
    if not text:
        return None
    if text.lower() == "me" or text == user_ref(launch.fhir_user):
        return actor_of(launch)
    if len(text) > MAX_ASSIGNEE and not text.startswith(("https://", "http://")):
        raise InputError(f"An assignee can be at most {MAX_ASSIGNEE} characters; this one has "
                         f"{len(text)}. Nothing was changed.")  # fmt: skip
    if text.startswith(("Practitioner/", "PractitionerRole/")) and text.count("/") == 1:
        return person(launch.iss, text)
    return text[:512]


def assign(
    db: Session, launch: AppSession, tracked: TrackedRequest, assignee: str, version: str | None
) -> None:
    _check_version(tracked, version)
    before = tracked.assignee
    tracked.assignee = assignee_value(launch, assignee)
    tracked.updated_at = _now()
    audit.record(launch, "assign", tracked=tracked,
                 detail={"from": before, "to": tracked.assignee})  # fmt: skip
    _commit_change(db)


def _add_comment(db: Session, launch: AppSession, tracked: TrackedRequest, text: str) -> None:
    text = clean_text(text).strip()
    if not text:
        raise InputError("A comment cannot be empty.")
    if len(text) > MAX_COMMENT:
        raise InputError(f"A comment can be at most {MAX_COMMENT} characters.")
    db.add(RequestComment(request_id=tracked.id, author=actor_of(launch), text=text))
    audit.record(launch, "comment", tracked=tracked, detail={"length": len(text)})


def add_comment(db: Session, launch: AppSession, tracked: TrackedRequest, text: str) -> None:
    _add_comment(db, launch, tracked, text)
    db.commit()
