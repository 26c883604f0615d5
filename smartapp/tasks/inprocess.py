"""The embedded task backend: thread pools inside the process that enqueues (the demo, tests).

One pool per queue so that bulk work never waits in front of an interactive check:
``CHECK_WORKERS`` threads for ``interactive``, ``BULK_WORKERS`` for ``bulk``. A task that
raises :class:`~smartapp.tasks.RetryLater` is submitted again after its delay by a timer.
Nothing survives a restart: that is what the Celery backend is for.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask

from . import RetryLater, lookup

log = logging.getLogger(__name__)


class InProcessBackend:
    """Runs tasks on this process's thread pools."""

    def __init__(self, app: Flask):
        self.app = app
        self.pools = {
            "interactive": ThreadPoolExecutor(int(app.config.get("CHECK_WORKERS", 4)),
                                              thread_name_prefix="task-interactive"),
            "bulk": ThreadPoolExecutor(int(app.config.get("BULK_WORKERS", 2)),
                                       thread_name_prefix="task-bulk"),
        }  # fmt: skip

    def enqueue(self, name: str, *, queue: str, ids: dict[str, Any], countdown: float = 0) -> None:
        if countdown > 0:
            timer = threading.Timer(countdown, self.enqueue, (name,),
                                    {"queue": queue, "ids": ids})  # fmt: skip
            timer.daemon = True
            timer.start()
            return
        self.pools[queue].submit(self._run, name, queue, ids)

    def _run(self, name: str, queue: str, ids: dict[str, Any]) -> None:
        try:
            with self.app.app_context():
                lookup(name)(self.app, **ids)
        except RetryLater as later:
            log.info("task %s: again in %.1fs", name, later.delay)
            self.enqueue(name, queue=queue, ids=ids, countdown=later.delay)
        except Exception as error:  # a task records its own failures; this is the last net
            log.error("task %s crashed: %s", name, type(error).__name__)
