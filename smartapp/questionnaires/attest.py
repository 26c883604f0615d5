"""A clinician's answers to what the record could not show: stored, audited, shown, and handed
to the QuestionnaireResponse as attestations (DTR information-origin ``manual`` + author).

An attestation is never record evidence: the report keeps the item's status ("missing from the
record") and readiness is unchanged; the item only shows "attested by X on date". Only the open
items of a finished check (missing, partial, could not be checked) can be answered, and only by
a clinician whose EHR identity is a Practitioner (the answer's author must be a person the payer
can hold to it). A form with one bad answer saves nothing and is shown again as typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import g
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..checklists import load_catalog
from ..checklists.loader import Checklist
from ..db import get_session
from ..errors import AccessDeniedError, AttestationError, InputError
from ..identity import CLINICIAN, USER_TYPES, actor_of, role_of, user_ref
from ..models import AppSession, CheckRun, ItemAttestation, SavedReport, aware, utcnow
from ..reports import audit
from .answers import AnswerKind, answer_kind, parse_answer, words

#: Item statuses a clinician may answer: the record did not show them.
OPEN = ("missing", "partial", "unknown")
FIELD = "answer-"
_TABLE = ItemAttestation.__table__
#: A saved report's answers (:func:`for_saved`), oldest first so the newest per item wins.
_ON_RUN = select(_TABLE).where(_TABLE.c.run_id == bindparam("run")).order_by(_TABLE.c.id)


@dataclass
class Question:
    """One open item on the form: what it asks and how it is answered."""

    id: str
    title: str
    status: str
    required: bool
    kind: AnswerKind


@dataclass
class Attestations:
    """What the check page needs: the questions, the standing answers, who may answer."""

    questions: list[Question]
    standing: dict[str, ItemAttestation]
    kinds: dict[str, AnswerKind]
    may_answer: bool
    why_not: str = ""
    errors: dict[str, str] = field(default_factory=dict)
    typed: dict[str, str] = field(default_factory=dict)

    def words(self, row: ItemAttestation) -> str:
        return words(row.value, self.kinds[row.item_id])


def author_of(launch: AppSession) -> str:
    """The practitioner reference the answers carry ('' when the user is not one)."""
    ref = user_ref(launch.fhir_user)
    return ref if ref.startswith(USER_TYPES) else ""


def refusal(launch: AppSession) -> str:
    """Why this user may not attest ('' when they may)."""
    if role_of(launch) != CLINICIAN or not author_of(launch):
        return ("Only a clinician signed in as a Practitioner can answer for the record: "
                "an attestation is signed by the person who gives it.")  # fmt: skip
    return ""


def questions(report: dict[str, Any], checklist: Checklist) -> list[Question]:
    """The report's open items, in checklist order, with the answer each takes."""
    by_id = {item.id: item for item in checklist.items}
    return [
        Question(item["id"], item["title"], item["status"], bool(item.get("required")),
                 answer_kind(by_id[item["id"]], checklist))
        for item in report.get("items") or []
        if item.get("status") in OPEN and item.get("id") in by_id
    ]  # fmt: skip


def standing(db: Session, run_id: str) -> dict[str, ItemAttestation]:
    """item id → its newest attestation on this run."""
    rows = db.query(ItemAttestation).filter(ItemAttestation.run_id == run_id)
    return {row.item_id: row for row in rows.order_by(ItemAttestation.id)}


def checklist_of(report: dict[str, Any] | None) -> Checklist | None:
    """The checklist a report was scored with (None when it left the catalog)."""
    return load_catalog().checklists.get(((report or {}).get("checklist") or {}).get("id", ""))


def for_run(db: Session, launch: AppSession, run: CheckRun) -> Attestations | None:
    """The check page's attestations panel (None before a report, or without its checklist)."""
    checklist = checklist_of(run.report) if run.status == "done" else None
    if checklist is None:
        return None
    shown = panel(db, launch, run, checklist)
    refused = g.get("attestation_error")  # a refused form is shown again as typed
    if refused is not None:
        shown.errors, shown.typed = refused
    return shown


def for_saved(db: Session | None, saved: SavedReport,
              rows: list[Any] | None = None) -> Attestations | None:  # fmt: skip
    """The attestations a saved report shows: those given on the check it saved (its run), read
    only -- answered on the check page, shown here as there (None: none, or no checklist).
    ``rows``: the run's attestation rows oldest first, already read (the request page's
    lists; ``db`` may then be None), else read here."""
    if not saved.run_id or (rows is not None and not rows):
        return None  # none given: the report is not read (a request page's kept view)
    return shown_on(db, str(saved.run_id), saved.report, rows)


def shown_on(db: Session | None, run_id: str, report: dict[str, Any] | None,
             given: list[Any] | None = None) -> Attestations | None:  # fmt: skip
    """The attestations given on check ``run_id`` to its ``report``'s checklist, read only
    (None: none, or the checklist left the catalog): what a saved report and the downloads show.
    ``given``: the run's rows, as :func:`for_saved`'s ``rows``."""
    if given is not None and not given:
        return None  # the request page's rows: none given, so the report need not be read
    checklist = checklist_of(report)
    if checklist is None:
        return None
    # Every request page asks, and most saved checks have no answers: the rows first, as plain
    # rows (the page only reads them) by a statement built once, and the answer kinds only then.
    if given is None:
        given = (db or get_session()).connection().execute(_ON_RUN, {"run": run_id}).all()
    found = given
    if not found:
        return None
    kinds = {item.id: answer_kind(item, checklist) for item in checklist.items}
    newest = {row.item_id: row for row in found}
    rows = {item: row for item, row in newest.items()
            if row.checklist_id == checklist.id and item in kinds}  # fmt: skip
    if not rows:
        return None
    return Attestations([], rows, kinds, may_answer=False)


def panel(db: Session, launch: AppSession, run: CheckRun, checklist: Checklist) -> Attestations:
    asked = questions(run.report or {}, checklist)
    kinds = {item.id: answer_kind(item, checklist) for item in checklist.items}
    why_not = refusal(launch)
    return Attestations(asked, standing(db, run.id), kinds, not why_not, why_not)


def record(
    db: Session, launch: AppSession, run: CheckRun, checklist: Checklist, form: dict[str, str]
) -> list[ItemAttestation]:
    """Store the answers typed in ``form`` (``answer-<item id>``; blank = not answered).

    Raises :class:`AttestationError` with a message per bad answer (nothing saved), or
    AccessDeniedError when this user may not attest.
    """
    why_not = refusal(launch)
    if why_not:
        raise AccessDeniedError(why_not)
    report = run.report or {}
    errors: dict[str, str] = {}
    values: dict[str, tuple[Question, dict[str, Any]]] = {}
    for question in questions(report, checklist):
        raw = (form.get(FIELD + question.id) or "").strip()
        if not raw:
            continue
        try:
            values[question.id] = (question, parse_answer(question.kind, raw, checklist))
        except InputError as error:
            errors[question.id] = error.message
    if errors:
        raise AttestationError(errors)
    if not values:
        raise AttestationError({"": "No answer was given: fill in at least one item."})
    rows = []
    for item_id, (question, value) in values.items():
        row = ItemAttestation(
            run_id=run.id, patient_ref=run.patient_ref, checklist_id=checklist.id,
            checklist_version=checklist.version, item_id=item_id,
            engine_status=question.status, value=value, author_ref=author_of(launch),
            actor=actor_of(launch), role=role_of(launch), created_at=utcnow(),
        )  # fmt: skip
        db.add(row)
        db.flush()
        # No answer in the audit trail: it says who attested which item when, like overrides.
        audit.record(launch, "attest", patient_ref=run.patient_ref, detail={
            "run": run.id, "item": item_id, "attestation": row.id,
            "engine_status": question.status})  # fmt: skip
        rows.append(row)
    db.commit()
    return rows


def attestation_dicts(rows: dict[str, ItemAttestation]) -> list[dict[str, Any]]:
    """Stored attestations as :func:`~.export.prefilled_response` takes them."""
    return [{"item": row.item_id, "value": row.value, "author": row.author_ref,
             "authored": aware(row.created_at).isoformat(timespec="seconds")}
            for row in rows.values()]  # fmt: skip


def sweep_unsaved(db: Session) -> None:
    """Delete the answers of checks that are gone and were never saved (the audit trail keeps
    that they were given); a saved report's run keeps its answers."""
    kept = select(CheckRun.id).union(
        select(SavedReport.run_id).where(SavedReport.run_id.is_not(None)))  # fmt: skip
    db.query(ItemAttestation).filter(ItemAttestation.run_id.not_in(kept)).delete(
        synchronize_session=False
    )
