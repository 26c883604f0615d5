"""The Celery backend: tasks as messages on Redis, run by ``smartapp worker`` processes.

Built the way Flask's "Background Tasks with Celery" pattern builds it (``celery_init_app``: a
Celery app per Flask app whose tasks run inside the Flask app context), with the settings a
check needs to survive a dead worker (docs.celeryq.dev, userguide/tasks and configuration):

- ``task_acks_late``: a message is acknowledged after its task returns, so one whose worker
  died mid-run is delivered again; ``task_reject_on_worker_lost`` does the same when only the
  pool child is killed. Tasks are therefore idempotent (:mod:`smartapp.tasks.claims`).
- ``task_acks_on_failure_or_timeout`` (Celery's default, kept): a task that raised is not
  re-delivered forever; our tasks record their own failures on the run row anyway.
- ``worker_prefetch_multiplier = 1``: a worker reserves one message per pool process, so a
  second worker gets the next check instead of it waiting behind a long one.
- ``visibility_timeout`` (``CELERY_VISIBILITY_TIMEOUT``, default 300 s): on Redis, an
  unacknowledged message goes back on the queue after this long. It is how long a dead
  worker's check waits before another worker takes it; a check still running after it is
  delivered a second time, which the run's lease turns away (claims.py). Keep it above the
  longest ``RetryLater`` delay (a countdown message is unacknowledged while it waits).
  Workers look for such messages every ``CELERY_RESTORE_INTERVAL`` seconds (default 10).
- queues ``interactive`` then ``bulk``, read with Redis's ``priority`` order strategy (BRPOP
  on the keys in that order): a waiting interactive check always goes first.

Messages carry the task name and ids as JSON; results are not stored (the run row is).
"""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery, Task
from celery.signals import worker_process_init
from flask import Flask

from . import QUEUES, RetryLater, registered

log = logging.getLogger(__name__)

EXTENSION = "smartapp.tasks.celery"
DEFAULT_VISIBILITY_TIMEOUT = 300


def celery_config(app: Flask) -> dict[str, Any]:
    """Celery settings from the Flask config (``CELERY`` may override any of them)."""
    visibility = int(app.config.get("CELERY_VISIBILITY_TIMEOUT", DEFAULT_VISIBILITY_TIMEOUT))
    settings: dict[str, Any] = {
        "broker_url": app.config["CELERY_BROKER_URL"],
        "broker_connection_retry_on_startup": True,
        "broker_transport_options": {
            "visibility_timeout": visibility,
            "queue_order_strategy": "priority",
            # How often a worker looks for messages past their visibility timeout (a dead
            # worker's): every CELERY_RESTORE_INTERVAL seconds, one cheap sorted-set query.
            "unacked_restore_interval": int(app.config.get("CELERY_RESTORE_INTERVAL", 10)),
            "unacked_restore_throttle": 1,
        },
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "task_acks_on_failure_or_timeout": True,
        "worker_prefetch_multiplier": 1,
        "task_default_queue": QUEUES[0],
        "task_ignore_result": True,
        "task_serializer": "json",
        "accept_content": ["json"],
        "worker_hijack_root_logger": False,
        "worker_concurrency": int(app.config.get("CELERY_WORKER_CONCURRENCY", 2)),
    }
    settings["beat_schedule"] = _beat_schedule(app)
    settings["timezone"] = "UTC"
    settings.update(app.config.get("CELERY") or {})
    return settings


def _beat_schedule(app: Flask) -> dict[str, Any]:
    """The nightly population runs (POPULATION_SCHEDULE) as Celery beat entries."""
    from celery.schedules import crontab

    from ..population.schedule import beat_schedule

    return {
        name: {**entry, "schedule": crontab(**entry["schedule"]), "options": {"queue": "bulk"}}
        for name, entry in beat_schedule(app).items()
    }


def celery_init_app(app: Flask) -> Celery:
    """The Celery app for ``app`` with every registered task (cached on the Flask app)."""
    if EXTENSION in app.extensions:
        return app.extensions[EXTENSION]

    class FlaskTask(Task):
        def __call__(self, *args: object, **kwargs: object) -> object:
            with app.app_context():
                return self.run(*args, **kwargs)

    celery = Celery(app.name, task_cls=FlaskTask, set_as_current=False)
    celery.config_from_object(celery_config(app))
    for name, fn in registered().items():
        celery.task(name=name, bind=True)(_as_celery_task(app, name, fn))
    app.extensions[EXTENSION] = celery
    return celery


def _as_celery_task(app: Flask, name: str, fn: Any) -> Any:
    def run(self: Task, **ids: Any) -> None:
        try:
            fn(app, **ids)
        except RetryLater as later:
            log.info("task %s: again in %.1fs", name, later.delay)
            # Bounded by the task itself (its run row counts attempts), not by Celery.
            raise self.retry(countdown=later.delay, max_retries=None) from None

    run.__name__ = run.__qualname__ = name.replace(".", "_")
    return run


def dispose_engine_after_fork(app: Flask) -> None:
    """A forked pool child must not share the parent's database connections."""
    from ..db import engines

    def dispose(**_kwargs: Any) -> None:
        for engine in engines(app):
            engine.dispose(close=False)

    worker_process_init.connect(dispose, weak=False)


class CeleryBackend:
    """Sends tasks to the broker; ``smartapp worker`` processes run them."""

    def __init__(self, app: Flask):
        self.celery = celery_init_app(app)

    def enqueue(self, name: str, *, queue: str, ids: dict[str, Any], countdown: float = 0) -> None:
        self.celery.send_task(name, kwargs=ids, queue=queue, countdown=countdown or None)
