"""The nightly population runs, as data: which EHRs, at what hour (UTC), full or incremental.

``POPULATION_SCHEDULE`` in the app config (instance/config.py or ``SMARTAPP_POPULATION_SCHEDULE``
as JSON)::

    POPULATION_SCHEDULE = [{"ehr": "epic-prod", "hour": 2, "minute": 30, "incremental": True}]

It is checked at start-up (an unknown EHR, one without a ``backend`` block, a bad hour stop the app
with a message naming the entry). :func:`beat_schedule` turns it into Celery beat entries for the
Celery beat (``smartapp worker --beat``: ``crontab(**entry["schedule"])``, task
``population.nightly``); each calls :func:`nightly`, which starts a run as any other start does
(one run per EHR at a time).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from flask import Flask

from ..db import session_factory
from ..errors import ConfigError
from ..launch.registry import registry
from ..tasks import register


@dataclass(frozen=True)
class Nightly:
    ehr: str
    hour: int
    minute: int = 0
    #: Export only what changed since the EHR's last finished run (``_since``); the first run,
    #: or one after only failures, is a full export.
    incremental: bool = True


def _number(entry: dict[str, Any], name: str, top: int, default: int | None, where: str) -> int:
    value = entry.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= top:
        raise ConfigError(f"POPULATION_SCHEDULE {where}: '{name}' must be a whole number "
                          f"from 0 to {top}")  # fmt: skip
    return value


def schedule(app: Flask) -> list[Nightly]:
    """The validated schedule (ConfigError names the bad entry)."""
    entries = app.config.get("POPULATION_SCHEDULE") or []
    if not isinstance(entries, list):
        raise ConfigError("POPULATION_SCHEDULE must be a list of {ehr, hour} entries")
    servers, runs = registry(app), []
    for index, entry in enumerate(entries):
        where = f"entry {index + 1}"
        if not isinstance(entry, dict):
            raise ConfigError(f"POPULATION_SCHEDULE {where} must be an object")
        ehr = entry.get("ehr")
        if ehr not in servers:
            raise ConfigError(f"POPULATION_SCHEDULE {where}: no EHR {ehr!r} in launch.json")
        if servers[ehr].backend is None:
            raise ConfigError(f"POPULATION_SCHEDULE {where}: '{ehr}' has no 'backend' block")
        incremental = entry.get("incremental", True)
        if not isinstance(incremental, bool):
            raise ConfigError(f"POPULATION_SCHEDULE {where}: 'incremental' must be true or false")
        runs.append(Nightly(ehr, _number(entry, "hour", 23, None, where),
                            _number(entry, "minute", 59, 0, where), incremental))  # fmt: skip
    return runs


def beat_schedule(app: Flask) -> dict[str, dict[str, Any]]:
    """Celery beat entries: name -> task, crontab fields (UTC) and the task's ids."""
    return {
        f"population-{run.ehr}": {
            "task": "population.nightly",
            "schedule": {"hour": run.hour, "minute": run.minute},
            "kwargs": {"server_id": run.ehr},
        }
        for run in schedule(app)
    }


def nightly(app: Flask, server_id: str) -> str:
    """Start the scheduled run of ``server_id``; returns the run id."""
    from .runs import start_run

    wanted = {run.ehr: run for run in schedule(app)}.get(server_id)
    incremental = wanted.incremental if wanted is not None else True
    configured = app.config.get("AS_OF")
    as_of = dt.date.fromisoformat(configured) if configured else dt.date.today()
    with app.app_context(), session_factory(app)() as db:
        return start_run(app, db, server_id, started_by="schedule", as_of=as_of,
                         since="last" if incremental else None)  # fmt: skip


@register("population.nightly")
def nightly_task(app: Flask, server_id: str) -> None:
    """The beat entry's task: start the scheduled run of ``server_id``."""
    nightly(app, server_id)
