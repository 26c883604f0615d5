"""Claims make re-delivered tasks idempotent: one owner at a time, a finished run is not run
again, a dead owner's lease runs out and the next delivery takes over, and a run is given up
only when nothing can still finish it."""

from __future__ import annotations

import datetime as dt
import secrets

import pytest
from task_databases import BOTH

from smartapp.checks.execute import check_run
from smartapp.checks.runner import STALE_AFTER, give_up_if_stale, stale_after
from smartapp.db import session_factory
from smartapp.models import CheckRun, utcnow
from smartapp.tasks import RetryLater
from smartapp.tasks.claims import claim


def add_run(app, **values) -> str:
    run_id = secrets.token_urlsafe(12)
    with session_factory(app)() as db:
        db.add(CheckRun(id=run_id, session_id="s", patient_ref="Patient/p",
                        as_of=dt.date(2026, 11, 22), status="running", progress={}, **values))
        db.commit()
    return run_id


def row(app, run_id) -> CheckRun:
    with session_factory(app)() as db:
        return db.get(CheckRun, run_id)


@BOTH
def test_one_owner_at_a_time_and_a_finished_run_is_not_run_again(app):
    run_id = add_run(app)
    first = claim(app, CheckRun, run_id)
    assert first.owned and first.attempt == 1
    second = claim(app, CheckRun, run_id)
    assert not second.owned and not second.finished and second.busy_for > 20
    assert first.finish(status="done", report={"items": []})
    third = claim(app, CheckRun, run_id)
    assert third.finished and not third.owned
    assert row(app, run_id).attempt == 1


@BOTH
def test_a_dead_owners_lease_runs_out_and_its_late_outcome_is_dropped(app):
    run_id = add_run(app)
    dead = claim(app, CheckRun, run_id)
    with session_factory(app)() as db:  # the owner stopped renewing 40 s ago
        db.get(CheckRun, run_id).lease_until = utcnow() - dt.timedelta(seconds=10)
        db.commit()
    again = claim(app, CheckRun, run_id)
    assert again.owned and again.attempt == 2
    assert not dead.finish(status="done")  # the first owner's outcome does not land
    assert again.finish(status="done")
    assert row(app, run_id).status == "done"


@BOTH
def test_the_task_does_nothing_for_a_finished_run_and_waits_for_a_held_one(app):
    finished = add_run(app)
    claim(app, CheckRun, finished).finish(status="done", report={"items": ["kept"]})
    with app.app_context():
        check_run(app, run_id=finished, session_id="s")
    assert row(app, finished).report == {"items": ["kept"]} and row(app, finished).attempt == 1
    held = add_run(app)
    claim(app, CheckRun, held)
    with app.app_context(), pytest.raises(RetryLater) as later:
        check_run(app, run_id=held, session_id="s")
    assert 20 < later.value.delay <= 31


@BOTH
def test_a_run_is_given_up_only_when_nothing_can_finish_it(app):
    long_ago = utcnow() - STALE_AFTER - dt.timedelta(minutes=1)
    alive = add_run(app, created_at=long_ago, lease_until=utcnow() + dt.timedelta(seconds=20))
    orphan = add_run(app, created_at=long_ago)
    with app.app_context(), session_factory(app)() as db:
        for run_id in (alive, orphan):
            give_up_if_stale(db, db.get(CheckRun, run_id), utcnow())
    assert row(app, alive).status == "running"  # its worker still renews the lease
    assert row(app, orphan).status == "failed"
    app.config.update(CELERY_BROKER_URL="redis://127.0.0.1:9/0", CELERY_VISIBILITY_TIMEOUT=300)
    # With Celery a dead worker's message comes back after the visibility timeout: wait for it.
    assert stale_after(app) == STALE_AFTER + dt.timedelta(seconds=300)
    queued = add_run(app, created_at=long_ago)
    with app.app_context(), session_factory(app)() as db:
        give_up_if_stale(db, db.get(CheckRun, queued), utcnow())
    assert row(app, queued).status == "running"
