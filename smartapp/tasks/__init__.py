"""One task interface for background work, with two backends chosen by configuration (issue 16).

A task is a function ``fn(app, **ids)`` registered under a name with :func:`register` in its own
module; :func:`enqueue` starts it. ``ids`` are plain strings and integers (a run id, a session
id, a patient id) — never tokens, never record data: the task reads everything else, including
the encrypted tokens, from the database. A task asks to run again later by raising
:class:`RetryLater`; both backends honour it.

Backends:

- **in-process** (the embedded default, ``CELERY_BROKER_URL`` unset): two thread pools in this
  process, one per queue, so bulk work never holds up an interactive check. A restart loses
  what was queued or running (the run's lease runs out and its page says so).
- **Celery** (``CELERY_BROKER_URL`` set, :mod:`smartapp.tasks.celery_app`): web and workers are
  separate processes (``smartapp worker``), messages are acknowledged late and re-delivered when
  a worker dies, so every task must be idempotent (see :mod:`smartapp.tasks.claims`).

A new task needs ``@register("name")`` in its module and that module listed in
:data:`TASK_MODULES` (what a worker imports before it consumes).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from flask import Flask

#: Modules that register tasks; a worker imports all of them before consuming.
TASK_MODULES: tuple[str, ...] = (
    "smartapp.checks.execute",
    "smartapp.appeals.web.packets",
    "smartapp.population.export",
    "smartapp.population.patient",
    "smartapp.population.schedule",
)
#: Queues, in the order a worker consumes them: interactive checks before population work.
QUEUES = ("interactive", "bulk")
EXTENSION = "smartapp.tasks.backend"

TaskFunction = Callable[..., None]
_TASKS: dict[str, TaskFunction] = {}


class RetryLater(Exception):
    """Raised by a task to be run again after ``delay`` seconds (same name, same ids)."""

    def __init__(self, delay: float, reason: str = ""):
        super().__init__(reason or f"retry in {delay:.1f}s")
        self.delay = max(0.0, float(delay))


def register(name: str) -> Callable[[TaskFunction], TaskFunction]:
    """Register ``fn(app, **ids)`` as the task ``name`` (a module-level decorator)."""

    def decorate(fn: TaskFunction) -> TaskFunction:
        existing = _TASKS.get(name)
        if existing is not None and existing.__qualname__ != fn.__qualname__:
            raise ValueError(f"task {name!r} is registered twice")
        _TASKS[name] = fn
        return fn

    return decorate


def import_task_modules() -> None:
    """Import every module of :data:`TASK_MODULES` (they register their tasks on import)."""
    for module in TASK_MODULES:
        importlib.import_module(module)


def registered() -> dict[str, TaskFunction]:
    """Every registered task by name (after importing the task modules)."""
    import_task_modules()
    return dict(_TASKS)


def lookup(name: str) -> TaskFunction:
    """The task function registered as ``name``; KeyError when none is."""
    if name not in _TASKS:
        import_task_modules()
    return _TASKS[name]


def _check_ids(name: str, ids: dict[str, Any]) -> None:
    for key, value in ids.items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
            raise TypeError(f"task {name!r}: id {key!r} must be a string or an integer")


def enqueue(
    app: Flask, name: str, *, queue: str = "interactive", countdown: float = 0, **ids: Any
) -> None:
    """Start the task ``name`` with ``ids`` on ``queue`` (``interactive`` or ``bulk``).

    Call it after the rows the task reads are committed: a worker elsewhere reads them at once.
    """
    if queue not in QUEUES:
        raise ValueError(f"queue must be one of {', '.join(QUEUES)}")
    _check_ids(name, ids)
    backend(app).enqueue(name, queue=queue, ids=ids, countdown=countdown)


def uses_celery(app: Flask) -> bool:
    """True when the app sends tasks to Celery workers (``CELERY_BROKER_URL`` is set)."""
    return bool(app.config.get("CELERY_BROKER_URL"))


def backend(app: Flask) -> Any:
    """The app's task backend, built on first use."""
    if EXTENSION not in app.extensions:
        if uses_celery(app):
            from .celery_app import CeleryBackend

            app.extensions[EXTENSION] = CeleryBackend(app)
        else:
            from .inprocess import InProcessBackend

            app.extensions[EXTENSION] = InProcessBackend(app)
    return app.extensions[EXTENSION]
