"""How many FHIR requests the app's checks may send one EHR per minute (per app process).

One session once queued 40 full record reads in 0.7 s (979 FHIR requests, issue 20 finding 9).
Two limits stop that: a session has at most one running check per patient (further clicks join
it, :func:`smartapp.checks.runner.start_run`), and every EHR has a request budget. Checks count
each FHIR response against their EHR's budget; when it is spent, a new check is refused and a
running one stops, both with :class:`BudgetExceededError` saying when to try again.

``FHIR_REQUEST_BUDGET`` sets the budget: a number (requests per ``FHIR_BUDGET_WINDOW`` seconds
for every EHR) or a mapping from an EHR (launch.json server id or iss) to its number, with
``"default"`` for the rest. The count is kept per app process (gunicorn workers each keep one).
"""

from __future__ import annotations

import collections
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from flask import Flask

from ..errors import SmartAppError

EXTENSION = "smartapp.checks.budget"
DEFAULT_BUDGET = 3000
DEFAULT_WINDOW = 60.0


class BudgetExceededError(SmartAppError):
    http_status = 429
    title = "Too many checks against this EHR right now"
    advice = "Wait a minute, then press Re-check. Nothing was lost."


class RequestBudget:
    """A sliding-window count of FHIR requests per EHR (thread-safe)."""

    def __init__(self, limits: dict[str, int], default: int, window: float,
                 clock: Callable[[], float] = time.monotonic):  # fmt: skip
        self.limits, self.default, self.window, self.clock = limits, default, window, clock
        self._sent: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._lock = threading.Lock()

    def limit(self, iss: str, server_id: str = "") -> int:
        return self.limits.get(server_id) or self.limits.get(iss) or self.default

    def _recent(self, iss: str) -> collections.deque[float]:
        sent, horizon = self._sent[iss], self.clock() - self.window
        while sent and sent[0] <= horizon:
            sent.popleft()
        return sent

    def check(self, iss: str, server_id: str = "") -> None:
        """BudgetExceededError when the EHR's budget for the current window is spent."""
        with self._lock:
            sent = self._recent(iss)
            if len(sent) < self.limit(iss, server_id):
                return
            wait = max(1, math.ceil(sent[0] + self.window - self.clock()))
        raise BudgetExceededError(
            f"The app has sent this EHR its limit of {self.limit(iss, server_id):,} requests in "
            f"{self.window:g} seconds. Try again in {wait} second{'s' * (wait != 1)}."
        )

    def spend(self, iss: str, server_id: str = "") -> None:
        """Count one request; BudgetExceededError once the budget is spent."""
        self.check(iss, server_id)
        with self._lock:
            self._recent(iss).append(self.clock())

    def response_hook(self, iss: str, server_id: str = "") -> Callable[..., Any]:
        """A ``requests`` response hook that counts each response against the EHR's budget."""

        def count(response: Any, *_args: Any, **_kwargs: Any) -> Any:
            try:
                self.spend(iss, server_id)
            except BudgetExceededError:
                response.close()  # its body is not read: give the connection back now
                raise
            return response

        return count


def budget(app: Flask) -> RequestBudget:
    """The app's request budget, built from its configuration on first use."""
    if EXTENSION not in app.extensions:
        setting = app.config.get("FHIR_REQUEST_BUDGET", DEFAULT_BUDGET)
        window = float(app.config.get("FHIR_BUDGET_WINDOW", DEFAULT_WINDOW))
        if isinstance(setting, dict):
            limits = {str(k).rstrip("/"): int(v) for k, v in setting.items() if k != "default"}
            default = int(setting.get("default", DEFAULT_BUDGET))
        else:
            limits, default = {}, int(setting)
        app.extensions[EXTENSION] = RequestBudget(limits, default, window)
    return app.extensions[EXTENSION]


def guard(app: Flask, client: Any, server: Any, *, lane: str = "interactive") -> Any:
    """The one place a FHIR client is put on the EHR's limits: every response counts against the
    per-process budget (a spent budget stops the work) and every request first waits for the
    shared per-EHR rate (:mod:`smartapp.tasks.ratelimit`; ``lane`` bulk yields to interactive).

    ``server`` is the launch.json entry (its ``requests_per_second`` wins over the config).
    """
    from ..tasks.ratelimit import rate_limit

    client.session.hooks["response"].append(budget(app).response_hook(server.iss, server.id))
    client.throttle = rate_limit(app).throttle(
        server.iss, server.id, lane=lane, configured=server.requests_per_second)
    return client
