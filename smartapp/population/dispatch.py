"""The population run's one way to start work: :func:`dispatch` a task by name with ids.

The tasks are registered on the shared task interface (:mod:`smartapp.tasks`, issue 16):
``population.export`` (:func:`~smartapp.population.export.export_task`), ``population.patient``
(:func:`~smartapp.population.patient.patient_task`) and ``population.nightly``
(:func:`~smartapp.population.schedule.nightly_task`). They go on the ``bulk`` queue, which a
worker consumes after the interactive checks, in-process (the embedded default) or on Celery
workers. Messages carry ids only, never a token or a resource: the tasks read the staged
resources and the backend registration from the database and launch.json.
"""

from __future__ import annotations

from flask import Flask

from ..tasks import enqueue

#: The population tasks (each registered in its own module, listed in smartapp.tasks).
TASKS = ("population.export", "population.patient", "population.nightly")


def dispatch(app: Flask, name: str, **ids: str) -> None:
    """Queue task ``name`` with ``ids`` on the bulk queue (see the module docstring)."""
    if name not in TASKS:
        raise KeyError(name)
    enqueue(app, name, queue="bulk", **ids)
