"""The population run's one way to start work: :func:`dispatch` a task by name with ids.

On this branch a task runs on a small thread pool in the process that dispatched it (the embedded
default: SQLite, no extra service). The task functions take ``(app, **ids)`` and read everything
else from the database, so the lead can register them with the shared task interface of issue 16
(smartapp.tasks: ``@register("population.export")`` / ``@register("population.patient")`` and
``enqueue(app, name, queue="bulk", **ids)``) and replace the body of :func:`dispatch` with that
call: nothing else changes. Messages carry ids only, never a token or a resource.
"""

from __future__ import annotations

import importlib
import logging
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask

log = logging.getLogger(__name__)

EXTENSION = "population.pool"
#: Task name -> "module:function" (imported when first run: the tasks import dispatch too).
TASKS: dict[str, str] = {
    "population.export": "smartapp.population.export:export_task",
    "population.patient": "smartapp.population.patient:patient_task",
}


def _pool(app: Flask) -> ThreadPoolExecutor:
    if EXTENSION not in app.extensions:
        workers = int(app.config.get("POPULATION_WORKERS", 2))
        app.extensions[EXTENSION] = ThreadPoolExecutor(workers, thread_name_prefix="population")
    return app.extensions[EXTENSION]


def task(name: str) -> Any:
    """The task function registered as ``name``."""
    module_name, attribute = TASKS[name].split(":")
    return getattr(importlib.import_module(module_name), attribute)


def _call(app: Flask, name: str, ids: dict[str, str]) -> None:
    try:
        task(name)(app, **ids)
    except Exception as error:  # a task records its own failures; this is the last resort
        where = traceback.extract_tb(error.__traceback__)[-1]
        log.error("population task %s crashed: %s at %s:%s", name, type(error).__name__,
                  where.filename.rsplit("/", 1)[-1], where.lineno)  # fmt: skip


def dispatch(app: Flask, name: str, **ids: str) -> None:
    """Run task ``name`` with ``ids`` in the background (see the module docstring)."""
    if name not in TASKS:
        raise KeyError(name)
    _pool(app).submit(_call, app, name, ids)
