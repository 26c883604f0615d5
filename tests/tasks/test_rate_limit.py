"""The per-EHR rate limit's token bucket (in-process limiter; the Redis one runs the same
arithmetic in a script, tested against a real Redis in test_celery_workers.py)."""

from __future__ import annotations

import pytest

from smartapp.tasks.ratelimit import LocalRateLimiter, RateLimit, bucket_shape, rate_limit


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_full_bucket_gives_its_burst_then_one_token_per_interval():
    clock = Clock()
    limiter = LocalRateLimiter(clock)
    burst, _ = bucket_shape(5.0, 0.5)
    assert burst == 10.0  # two seconds' worth
    assert [limiter.try_acquire("ehr", 5.0, burst, 0.0) for _ in range(10)] == [0.0] * 10
    assert limiter.try_acquire("ehr", 5.0, burst, 0.0) == pytest.approx(0.2)
    clock.now += 0.2
    assert limiter.try_acquire("ehr", 5.0, burst, 0.0) == 0.0
    assert limiter.try_acquire("other-ehr", 5.0, burst, 0.0) == 0.0  # buckets are per EHR


def test_bulk_work_leaves_the_reserve_to_interactive_checks():
    clock = Clock()
    limiter = LocalRateLimiter(clock)
    burst, reserve = bucket_shape(5.0, 0.5)
    assert reserve == 5.0
    bulk = [limiter.try_acquire("ehr", 5.0, burst, reserve) for _ in range(6)]
    assert bulk[:5] == [0.0] * 5 and bulk[5] > 0  # bulk stops at the reserve
    interactive = [limiter.try_acquire("ehr", 5.0, burst, 0.0) for _ in range(5)]
    assert interactive == [0.0] * 5  # the reserve is there for a clinician's check
    clock.now += 0.2  # one token back: interactive would take it, bulk still waits
    assert limiter.try_acquire("ehr", 5.0, burst, reserve) > 0


def test_rates_come_from_launch_json_then_config_then_the_default(app):
    app.config["FHIR_RATE_LIMIT"] = {"sandbox-epic": 3, "default": 7}
    limit = rate_limit(app)
    assert isinstance(limit, RateLimit) and isinstance(limit.backend, LocalRateLimiter)
    assert limit.rate("https://ehr.example/fhir", "sandbox-epic") == 3.0
    assert limit.rate("https://ehr.example/fhir", "other") == 7.0
    assert limit.rate("https://ehr.example/fhir", "sandbox-epic", configured=1.5) == 1.5


def test_acquire_waits_for_a_token(app):
    limit = RateLimit(LocalRateLimiter(), {}, 50.0, 0.5)
    waited = [limit.acquire("https://ehr.example/fhir", 50.0) for _ in range(101)]
    assert sum(waited) > 0  # the 101st request waited for the bucket to refill
    with pytest.raises(ValueError, match="lane must be one of"):
        limit.acquire("https://ehr.example/fhir", 50.0, lane="urgent")
