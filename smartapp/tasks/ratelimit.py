"""A per-EHR request rate shared by every process that reads the EHR (issue 16).

Many workers running a population against one EHR must not flood it, and a clinician's check
must not wait behind them. Each EHR (its iss) has a token bucket: ``rate`` requests per second,
holding at most ``burst`` tokens. Every FHIR request takes one token before it is sent
(:attr:`smartapp.fhir.client.FhirClient.throttle`). Interactive work may take the last tokens;
bulk work may only take tokens above a reserve (``FHIR_RATE_INTERACTIVE_SHARE`` of the bucket),
so while interactive checks use the EHR, bulk work waits for what they leave.

Two limiters with one interface: :class:`RedisRateLimiter` keeps the bucket in Redis (one Lua
script, Redis's own clock) so the limit holds across processes and machines; without Redis
(the embedded default) :class:`LocalRateLimiter` keeps it in this process.

Settings: ``FHIR_RATE_LIMIT`` — requests/second for every EHR, or a mapping from a launch.json
server id or iss to its rate with ``"default"`` for the rest; a launch.json entry's
``requests_per_second`` wins over both. ``RATE_LIMIT_REDIS_URL`` (default: the Celery broker).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from flask import Flask

EXTENSION = "smartapp.tasks.ratelimit"
DEFAULT_RATE = 20.0
BURST_SECONDS = 2.0
DEFAULT_INTERACTIVE_SHARE = 0.5
#: Longest single sleep before asking the bucket again (others may have taken tokens).
MAX_SLEEP = 0.5
LANES = ("interactive", "bulk")


def bucket_shape(rate: float, share: float) -> tuple[float, float]:
    """(burst, reserve): the bucket's size and the tokens only interactive work may take."""
    burst = max(2.0, rate * BURST_SECONDS)
    return burst, min(burst - 1.0, burst * share)


class LocalRateLimiter:
    """Token buckets in this process (thread-safe)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def try_acquire(self, key: str, rate: float, burst: float, floor: float) -> float:
        """Take a token if the bucket holds more than ``floor``: 0.0, else seconds to wait."""
        with self._lock:
            now = self.clock()
            tokens, then = self._buckets.get(key, (burst, now))
            tokens = min(burst, tokens + max(0.0, now - then) * rate)
            wait = 0.0
            if tokens - 1.0 >= floor:
                tokens -= 1.0
            else:
                wait = (floor + 1.0 - tokens) / rate
            self._buckets[key] = (tokens, now)
            return wait


_SCRIPT = """
local rate, burst, floor = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) + tonumber(clock[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local wait = 0
if tokens - 1 >= floor then tokens = tokens - 1 else wait = (floor + 1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('EXPIRE', KEYS[1], 3600)
return tostring(wait)
"""


class RedisRateLimiter:
    """Token buckets in Redis, shared by every worker (the script runs atomically)."""

    def __init__(self, url: str, prefix: str = "smartapp:rate:"):
        import redis

        self.redis = redis.Redis.from_url(url)
        self.prefix = prefix
        self._script = self.redis.register_script(_SCRIPT)

    def try_acquire(self, key: str, rate: float, burst: float, floor: float) -> float:
        return float(self._script(keys=[self.prefix + key], args=[rate, burst, floor]))


class RateLimit:
    """The app's limiter plus its settings: :meth:`throttle` gives a client's pre-send hook."""

    def __init__(self, backend: Any, rates: dict[str, float], default: float, share: float):
        self.backend, self.rates, self.default, self.share = backend, rates, default, share

    def rate(self, iss: str, server_id: str = "", configured: float | None = None) -> float:
        """Requests/second for the EHR: launch.json entry, then config by id or iss, then the
        default."""
        return float(configured or self.rates.get(server_id) or self.rates.get(iss.rstrip("/"))
                     or self.default)  # fmt: skip

    def acquire(self, iss: str, rate: float, lane: str = "interactive") -> float:
        """Block until the EHR's bucket gives ``lane`` a token; returns the seconds waited."""
        if lane not in LANES:
            raise ValueError(f"lane must be one of {', '.join(LANES)}")
        burst, reserve = bucket_shape(rate, self.share)
        floor = reserve if lane == "bulk" else 0.0
        waited = 0.0
        while (wait := self.backend.try_acquire(iss.rstrip("/"), rate, burst, floor)) > 0:
            pause = min(wait, MAX_SLEEP)
            time.sleep(pause)
            waited += pause
        return waited

    def throttle(self, iss: str, server_id: str = "", *, lane: str = "interactive",
                 configured: float | None = None) -> Callable[[], None]:  # fmt: skip
        """A callable taking one token for the EHR (``FhirClient.throttle``)."""
        rate = self.rate(iss, server_id, configured)

        def take() -> None:
            self.acquire(iss, rate, lane)

        return take


def rate_limit(app: Flask) -> RateLimit:
    """The app's rate limit, built from its configuration on first use."""
    if EXTENSION not in app.extensions:
        setting = app.config.get("FHIR_RATE_LIMIT", DEFAULT_RATE)
        if isinstance(setting, dict):
            rates = {str(k).rstrip("/"): float(v) for k, v in setting.items() if k != "default"}
            default = float(setting.get("default", DEFAULT_RATE))
        else:
            rates, default = {}, float(setting)
        share = float(app.config.get("FHIR_RATE_INTERACTIVE_SHARE", DEFAULT_INTERACTIVE_SHARE))
        url = app.config.get("RATE_LIMIT_REDIS_URL") or app.config.get("CELERY_BROKER_URL")
        backend = RedisRateLimiter(url) if url else LocalRateLimiter()
        app.extensions[EXTENSION] = RateLimit(backend, rates, default, share)
    return app.extensions[EXTENSION]
