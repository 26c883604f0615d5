"""Blueprint ``overrides``: add and withdraw an override on the live check page or a saved
report (POST forms with CSRF, like every form), and the coordinators' JSON-lines export."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, flash, g, redirect, request, url_for

from ..appeals.web.blueprint import chart_open_for
from ..checks.views import owned_run, render_run
from ..db import get_session
from ..errors import InputError, NotFoundError
from ..identity import coordinator_required
from ..launch import current_launch, launch_required
from ..models import AppSession
from ..reports import audit
from ..reports.access import report_version, visible_request
from ..reports.exporting import download
from ..reports.views import request_page
from . import store
from .export import export_lines
from .forms import KIND_WORDS, NO_PASSAGE, parse_form
from .passage import check_passage
from .refs import pointable
from .sentences import audit_sentence

bp = Blueprint("overrides", __name__)
bp.add_app_template_global(audit_sentence)
log = logging.getLogger(__name__)
#: Form fields shown again, as typed, when an override is refused (nothing the user wrote is lost).
KEPT = ("kind", "reference", "passage", "reason")


def _refuse(item_id: str, error: InputError) -> None:
    """Keep the refused form for the page rendered next (the item's block shows the message)."""
    log.info("override refused: %s ref=%s", type(error).__name__, error.support_id)
    g.override_error = {"item": item_id, "message": error.message,
                        "form": {name: request.form.get(name, "") for name in KEPT}}  # fmt: skip


def _add(launch: AppSession, scope: store.Scope, item_id: str, chart: AppSession | None) -> None:
    if not any(item.get("id") == item_id for item in scope.report.get("items") or []):
        raise NotFoundError("That report has no such item.")
    form = parse_form(request.form, pointable(scope.report, scope.record_refs))
    passage = (
        check_passage(chart, form.reference, form.passage, form.span)
        if form.reference
        else NO_PASSAGE
    )
    store.add(get_session(), launch, scope, item_id, form, passage)
    flash(f"{item_id} marked “{KIND_WORDS[form.kind]}”. Readiness now counts it as "
          f"{'documented' if form.kind == 'documented' else 'not applicable'}.",
          "success")  # fmt: skip


def _withdraw(launch: AppSession, scope: store.Scope, override_id: int) -> str:
    row = store.withdraw(get_session(), launch, scope, override_id)
    flash(f"Override of {row.item_id} withdrawn: the app's own result counts again.", "success")
    return row.item_id


def _run_scope(launch: AppSession, run_id: str) -> store.Scope:
    run = owned_run(run_id, launch)
    if run.status != "done" or not run.report:
        raise InputError("Only a finished check's results can be overridden.")
    return store.run_scope(run)


@bp.post("/checks/<run_id>/items/<item_id>/override")
@launch_required
def run_add(run_id: str, item_id: str) -> Response:
    """On the live check: the run is this launch's, so the note can be read to check a passage."""
    launch = current_launch()
    scope = _run_scope(launch, run_id)
    try:
        _add(launch, scope, item_id, chart=launch)
    except InputError as error:
        _refuse(item_id, error)
        return Response(render_run(launch, owned_run(run_id, launch)), status=400)
    return redirect(url_for("checks.show", run_id=run_id) + f"#item-{item_id}")


@bp.post("/checks/<run_id>/overrides/<int:override_id>/withdraw")
@launch_required
def run_withdraw(run_id: str, override_id: int) -> Response:
    launch = current_launch()
    item_id = _withdraw(launch, _run_scope(launch, run_id), override_id)
    return redirect(url_for("checks.show", run_id=run_id) + f"#item-{item_id}")


def _saved_scope(launch: AppSession, request_id: int, report_id: int) -> store.Scope:
    tracked = visible_request(launch, request_id)
    return store.saved_scope(tracked, report_version(tracked, report_id))


def _back(request_id: int, report_id: int, item_id: str) -> Response:
    page = url_for("reports.request_page", request_id=request_id, report_id=report_id)
    return redirect(f"{page}#item-{item_id}")


@bp.post("/requests/<int:request_id>/reports/<int:report_id>/items/<item_id>/override")
@launch_required
def saved_add(request_id: int, report_id: int, item_id: str) -> Response:
    """On a saved report: a passage is checked when this launch is into the patient's chart."""
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    scope = store.saved_scope(tracked, report_version(tracked, report_id))
    try:
        _add(launch, scope, item_id, chart=launch if chart_open_for(launch, tracked) else None)
    except InputError as error:
        _refuse(item_id, error)
        return Response(request_page(request_id, report_id), status=400)
    return _back(request_id, report_id, item_id)


@bp.post("/requests/<int:request_id>/reports/<int:report_id>/overrides/<int:override_id>/withdraw")
@launch_required
def saved_withdraw(request_id: int, report_id: int, override_id: int) -> Response:
    launch = current_launch()
    item_id = _withdraw(launch, _saved_scope(launch, request_id, report_id), override_id)
    return _back(request_id, report_id, item_id)


@bp.get("/overrides/export.jsonl")
@launch_required
@coordinator_required
def export() -> Response:
    """Every override as one JSON line: the labelled errors to learn from (no note text)."""
    launch = current_launch()
    lines = list(export_lines(get_session()))
    audit.record(launch, "export_overrides", detail={"lines": len(lines)})
    get_session().commit()
    return download("".join(lines), "application/x-ndjson", "overrides.jsonl")
