"""Saved reports on a real SQLite file and a real PostgreSQL: concurrent saves from two app
processes, a save interrupted mid-transaction, and a save that fails half-way."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from databases import BACKENDS, fresh_database
from report_actors import Actors

from smartapp import create_app
from smartapp.db import dispose, get_session, session_factory
from smartapp.models import AuditEvent, CheckRun, SavedReport, TrackedRequest
from smartapp.reports import store

WORKER = Path(__file__).with_name("save_worker.py")
COUNT = 8


@pytest.fixture(params=BACKENDS)
def database(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url})
        yield app, url
        dispose(app)


def prepared_job(app, tmp_path: Path, start_at: float = 0.0) -> tuple[Path, Actors]:
    actors = Actors(app)
    launch = actors.session("Practitioner/md-whitfield")
    runs = {}
    for key, patient in (("shared", "lmri-gapped"), ("a", "own-a"), ("b", "own-b")):
        run = actors.run(launch, "lmri-gapped")
        with session_factory(app)() as db:
            db.get(CheckRun, run.id).patient_ref = f"Patient/{patient}"
            db.commit()
        runs[key] = run.id
    job = tmp_path / "job.json"
    job.write_text(json.dumps({"session": launch.id, "runs": runs, "count": COUNT,
                               "start_at": start_at}))
    return job, actors


def counts(app) -> tuple[int, int, int]:
    with session_factory(app)() as db:
        return (db.query(TrackedRequest).count(), db.query(SavedReport).count(),
                db.query(AuditEvent).filter(AuditEvent.action == "save_report").count())


def test_two_app_processes_save_at_once(database, tmp_path):
    app, url = database
    job, _ = prepared_job(app, tmp_path, start_at=time.time() + 3)
    workers = [subprocess.Popen([sys.executable, str(WORKER), "save", url, str(job), name],
                                stderr=subprocess.PIPE, text=True) for name in ("a", "b")]
    for worker in workers:
        _, errors = worker.communicate(timeout=120)
        assert worker.returncode == 0, errors[-2000:]
        if url.startswith("postgresql"):
            # The second save of a request waits on the first's row lock instead of losing an
            # optimistic race it could lose on every retry (CI once ran out of all five).
            assert "concurrent change" not in errors, errors[-2000:]
    # One request per patient+service, every save kept, every save audited.
    assert counts(app) == (3, 4 * COUNT, 4 * COUNT)
    with session_factory(app)() as db:
        shared = db.query(TrackedRequest).filter_by(patient_ref="Patient/lmri-gapped").one()
        newest = db.query(SavedReport).filter_by(request_id=shared.id).order_by(
            SavedReport.id.desc()).first()
        assert shared.latest_report_id == newest.id


def test_a_save_killed_before_commit_leaves_the_previous_state(database, tmp_path):
    app, url = database
    job, _ = prepared_job(app, tmp_path)
    with app.app_context():
        db = get_session()
        launch_id = json.loads(job.read_text())["session"]
        from smartapp.models import AppSession

        store.save_run(db, db.get(AppSession, launch_id),
                       db.get(CheckRun, json.loads(job.read_text())["runs"]["shared"]))
    before = counts(app)
    worker = subprocess.Popen([sys.executable, str(WORKER), "hang", url, str(job), "a"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert worker.stdout.readline().strip() == "ready-to-commit"
    finally:
        worker.kill()
        worker.communicate(timeout=30)
    assert counts(app) == before
    with session_factory(app)() as db:
        tracked = db.query(TrackedRequest).one()
        assert tracked.latest_report_id == db.query(SavedReport).one().id


def test_a_save_that_fails_half_way_changes_nothing(database, tmp_path, monkeypatch):
    app, _ = database
    job, _ = prepared_job(app, tmp_path)
    ids = json.loads(job.read_text())

    def broken_audit(*args, **kwargs):
        raise RuntimeError("disk full")

    with app.app_context():
        db = get_session()
        from smartapp.models import AppSession

        launch, run = db.get(AppSession, ids["session"]), db.get(CheckRun, ids["runs"]["a"])
        monkeypatch.setattr(store.audit, "record", broken_audit)
        with pytest.raises(RuntimeError):
            store.save_run(db, launch, run)
        db.rollback()
    assert counts(app) == (0, 0, 0)
