"""The ``appeals`` blueprint object and what its views share: optimistic version checks, and
whether the signed-in user has the request's patient chart open (a launch for the same EHR and
patient), which building a packet, reading notes for the PDF and writing back all need.
"""

from __future__ import annotations

from flask import Blueprint
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ...errors import ConflictError
from ...models import AppealPacket, AppSession, TrackedRequest

bp = Blueprint("appeals", __name__)

#: Shown wherever an action needs the patient's chart open, and why.
NEEDS_CHART = (
    "To build the appeal packet, open this patient's chart in the EHR and launch the app from "
    "there. The packet re-reads the record live from the EHR — the app never stores the record or "
    "the notes — and the launch is what lets it read this patient's chart."
)


def chart_open_for(launch: AppSession, tracked: TrackedRequest) -> bool:
    """True when this launch is into the request's patient at the request's EHR."""
    return (
        bool(launch.patient_id)
        and launch.iss == tracked.iss
        and f"Patient/{launch.patient_id}" == tracked.patient_ref
    )


def check_version(row: TrackedRequest | AppealPacket, version: str | None) -> None:
    """Refuse a change posted from a page older than the row (its version moved on)."""
    if not version or not version.isdigit() or int(version) != row.version:
        raise ConflictError("This was changed after the page was loaded.")


def commit_change(db: Session) -> None:
    """Commit; a concurrent writer that got there first becomes a ConflictError."""
    try:
        db.commit()
    except StaleDataError as error:
        db.rollback()
        raise ConflictError("This was changed while you were editing it.") from error
