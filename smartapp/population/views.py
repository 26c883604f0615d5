"""Blueprint ``population``: coordinators start a population run for their EHR and follow it.

- ``POST /population/runs``: start a run (the worklist's "Run population check" button) for the
  coordinator's EHR — the signed-in entry, or another entry of the same iss, with a ``backend``
  block — then show its page;
- ``GET /population/runs/<id>``: the run summary (patients seen, orders scored, ready, not ready,
  incomplete, errors by patient id, export problems) with a progress bar while it runs;
- ``POST /population/runs/<id>/cancel``: stop it (the EHR's export is cancelled at its next poll).
"""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Flask, current_app, redirect, render_template, url_for
from werkzeug.wrappers import Response

from ..db import get_session
from ..errors import AccessDeniedError, InputError
from ..identity import actor_of, coordinator_required
from ..launch import current_launch, launch_required
from ..launch.registry import ServerConfig, registry
from ..models import AppSession, PopulationRun, utcnow
from ..reports import audit
from .runs import FINISHED, start_run, summary

bp = Blueprint("population", __name__, url_prefix="/population")


def population_server(launch: AppSession) -> ServerConfig | None:
    """The entry a coordinator's population run uses: theirs if it has a ``backend`` block,
    else the first entry of the same iss that has one; None: this EHR has no backend client."""
    servers = registry(current_app._get_current_object())  # type: ignore[attr-defined]
    own = servers.get(launch.server_id)
    if own is not None and own.backend is not None:
        return own
    return next((s for s in servers.values() if s.iss == launch.iss and s.backend), None)


def _as_of() -> dt.date:
    configured = current_app.config.get("AS_OF")
    return dt.date.fromisoformat(configured) if configured else dt.date.today()


def _run_of(launch: AppSession, run_id: str) -> PopulationRun:
    run = get_session().get(PopulationRun, run_id)
    if run is None or run.iss != launch.iss:  # another EHR's run is not this coordinator's
        raise AccessDeniedError("This population run belongs to another EHR.")
    return run


@bp.post("/runs")
@launch_required
@coordinator_required
def start() -> Response:
    launch = current_launch()
    server = population_server(launch)
    if server is None:
        raise InputError("This EHR has no backend-services registration, so the app cannot "
                         "read its population.",
                         advice="An administrator adds a 'backend' block to this EHR's entry in "
                         "launch.json (docs/ehr-registration.md).")  # fmt: skip
    db = get_session()
    run_id = start_run(current_app._get_current_object(), db, server.id,  # type: ignore[attr-defined]
                       started_by=actor_of(launch), as_of=_as_of())  # fmt: skip
    audit.record(launch, "start_population_run", detail={"run": run_id, "server": server.id})
    db.commit()
    return redirect(url_for("population.run_page", run_id=run_id), code=303)


@bp.get("/runs/<run_id>")
@launch_required
@coordinator_required
def run_page(run_id: str) -> str:
    launch = current_launch()
    run = _run_of(launch, run_id)
    return render_template("population/run.html", launch=launch, s=summary(get_session(), run.id),
                           finished=FINISHED)  # fmt: skip


@bp.post("/runs/<run_id>/cancel")
@launch_required
@coordinator_required
def cancel(run_id: str) -> Response:
    launch = current_launch()
    run = _run_of(launch, run_id)
    if run.status not in FINISHED:
        run.status, run.finished_at = "cancelled", utcnow()
        audit.record(launch, "cancel_population_run", detail={"run": run.id})
        get_session().commit()
    return redirect(url_for("population.run_page", run_id=run.id), code=303)


def init_app(app: Flask) -> None:
    from .schedule import schedule

    schedule(app)  # a bad POPULATION_SCHEDULE stops start-up, not the first night
    app.register_blueprint(bp)
    app.add_template_global(population_server, "population_server")
