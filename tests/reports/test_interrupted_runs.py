"""A check whose app process stopped mid-run (restart, deploy) must not poll forever: once it is
older than any check takes, its page says it was interrupted and offers Re-check."""

from __future__ import annotations

import datetime as dt
import secrets

from report_actors import AS_OF

from smartapp.checks.runner import STALE_AFTER
from smartapp.db import session_factory
from smartapp.models import CheckRun

CLINICIAN = "Practitioner/md-whitfield"


def running_run(app, launch, started: dt.datetime) -> str:
    run_id = secrets.token_urlsafe(12)
    with session_factory(app)() as db:
        db.add(CheckRun(id=run_id, session_id=launch.id, patient_ref="Patient/lmri-gapped",
                        as_of=AS_OF, status="running", progress={"phase": "fetching"},
                        created_at=started))  # fmt: skip
        db.commit()
    return run_id


def status_of(app, run_id: str) -> CheckRun:
    with session_factory(app)() as db:
        return db.get(CheckRun, run_id)


def test_a_run_orphaned_by_a_restart_ends_as_interrupted(app, client, actors):
    launch = actors.session(CLINICIAN)
    actors.sign_in(client, launch)
    started = dt.datetime.now(dt.UTC) - STALE_AFTER - dt.timedelta(minutes=1)
    run_id = running_run(app, launch, started)
    progress = client.get(f"/checks/{run_id}/progress").get_json()
    assert progress["status"] == "failed"
    run = status_of(app, run_id)
    assert run.error["title"] == "The check was interrupted"
    assert run.error["advice"] == "Press Re-check to run it again." and run.error["support_id"]
    page = client.get(f"/checks/{run_id}")
    assert "The check was interrupted" in page.text and "The app restarted" in page.text


def test_a_run_in_flight_keeps_running(app, client, actors):
    launch = actors.session(CLINICIAN)
    actors.sign_in(client, launch)
    run_id = running_run(app, launch, dt.datetime.now(dt.UTC) - dt.timedelta(seconds=30))
    assert client.get(f"/checks/{run_id}/progress").get_json()["status"] == "running"
    assert status_of(app, run_id).status == "running"
