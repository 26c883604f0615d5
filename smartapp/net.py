"""The one network seam: every outbound HTTP request the app makes uses a session from here.

Tests fake at this seam with ``responses`` (unit) or point it at the local sandbox EHR
(integration). Timeouts are always set: an EHR that hangs must not hang a clinician's page.
"""

from __future__ import annotations

import requests
from requests.adapters import HTTPAdapter

#: (connect, read) seconds. Discovery uses shorter ones (see ``DISCOVERY_TIMEOUT``).
DEFAULT_TIMEOUT: tuple[float, float] = (3.05, 30.0)
DISCOVERY_TIMEOUT: tuple[float, float] = (2.0, 5.0)
USER_AGENT = "smartapp-pa-gap-check/0.1"


class TimeoutSession(requests.Session):
    """A ``requests.Session`` that applies a default timeout to every request."""

    def __init__(self, timeout: tuple[float, float] = DEFAULT_TIMEOUT, pool_size: int = 8):
        super().__init__()
        self.timeout = timeout
        self.headers["User-Agent"] = USER_AGENT
        adapter = HTTPAdapter(pool_connections=pool_size, pool_maxsize=pool_size)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def request(self, method, url, **kwargs):  # type: ignore[no-untyped-def, override]
        kwargs.setdefault("timeout", self.timeout)
        return super().request(method, url, **kwargs)


def new_session(
    timeout: tuple[float, float] = DEFAULT_TIMEOUT, pool_size: int = 8
) -> requests.Session:
    """Return a session with default timeout and a connection pool sized for concurrency."""
    return TimeoutSession(timeout=timeout, pool_size=pool_size)
