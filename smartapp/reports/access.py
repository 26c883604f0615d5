"""Who may see which tracked request: coordinators their organisation's whole worklist, a
clinician every request they saved a report for (whoever saved it first, issue 20 finding 7)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ..db import get_session
from ..errors import NotFoundError
from ..identity import COORDINATOR, actor_of, role_of
from ..models import AppSession, SavedReport, TrackedRequest
from . import store


def saved_by(me: str) -> Any:
    """SQL condition: a request for which ``me`` saved a report (the first save or a later one)."""
    return TrackedRequest.id.in_(
        select(SavedReport.request_id).where(SavedReport.run_by == me).scalar_subquery()
    )


def visible_request(launch: AppSession, request_id: int) -> TrackedRequest:
    """The request, if this user may see it: coordinators all (their organisation's worklist),
    a clinician every request they saved a report for, whoever saved first."""
    tracked = store.get_tracked(get_session(), request_id)
    if role_of(launch) == COORDINATOR:
        return tracked
    me = actor_of(launch)
    mine = tracked.created_by == me or get_session().scalar(
        select(SavedReport.id).where(SavedReport.request_id == tracked.id,
                                     SavedReport.run_by == me).limit(1))  # fmt: skip
    if not mine:
        raise NotFoundError("No such request among the ones you saved.")
    return tracked


def report_version(tracked: TrackedRequest, report_id: int | None = None) -> SavedReport:
    wanted = report_id or tracked.latest_report_id
    saved = get_session().get(SavedReport, wanted) if wanted else None
    if saved is None or saved.request_id != tracked.id:
        raise NotFoundError("That report version does not exist.")
    return saved
