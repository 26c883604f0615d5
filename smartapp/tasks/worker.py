"""``smartapp worker``: a Celery worker for the app's configuration, consuming both queues with
interactive checks first (``smartapp.tasks.celery_app``).

The app is built the way the web process builds it (``instance/config.py``, then ``SMARTAPP_*``
variables), so web and workers agree on the database, the launch registry, the broker and the
``SECRET_KEY`` that seals the stored tokens (set it explicitly when they run on different
machines). Started programmatically (``Celery.worker_main``) so the worker needs no ``-A``
module path and runs with exactly the tasks :data:`smartapp.tasks.TASK_MODULES` registers.
"""

from __future__ import annotations

import os

import click

from ..errors import ConfigError
from . import QUEUES, uses_celery


@click.command("worker")
@click.option("--concurrency", type=int, default=None,
              help="Pool processes (default CELERY_WORKER_CONCURRENCY, 2).")  # fmt: skip
@click.option("--queues", default=",".join(QUEUES), show_default=True,
              help="Queues to consume, in priority order.")  # fmt: skip
@click.option("--name", default=None, help="Node name (default smartapp-<pid>@<host>).")
@click.option("--loglevel", default="INFO", show_default=True)
@click.option("--beat", is_flag=True,
              help="Also run the nightly population schedule (Celery beat: one per site).")
def worker(concurrency: int | None, queues: str, name: str | None, loglevel: str,
           beat: bool) -> None:  # fmt: skip
    """Run a task worker (Celery) for the app's configuration."""
    from .. import create_app
    from .celery_app import celery_init_app, dispose_engine_after_fork

    app = create_app()
    if not uses_celery(app):
        raise ConfigError(
            "smartapp worker needs a broker: set SMARTAPP_CELERY_BROKER_URL (e.g. "
            "redis://127.0.0.1:6379/0); without one the app runs checks in-process."
        )
    celery = celery_init_app(app)
    dispose_engine_after_fork(app)
    _warm_up()
    argv = [
        "worker",
        f"--queues={queues}",
        f"--loglevel={loglevel}",
        f"--hostname={name or f'smartapp-{os.getpid()}@%h'}",
        "--without-gossip",
        "--without-mingle",
    ]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    if beat:  # the schedule's last-run file lives beside the database, in the instance folder
        argv += ["--beat", f"--schedule={os.path.join(app.instance_path, 'celerybeat-schedule')}"]
    celery.worker_main(argv)


def _warm_up() -> None:
    """Load the checklists and build the note pipeline once, before the pool forks: every pool
    process then starts with them (shared copy-on-write pages) instead of paying some seconds
    on its first task (bench/population.py measured ~9 s for a cold worker's first patient)."""
    from ..checklists import load_catalog

    load_catalog()
    try:
        from ..notes.pipeline import pipeline
    except ImportError:  # the NLP extra is optional; notes are then "could not check"
        return
    pipeline()
