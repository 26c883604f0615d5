"""Fault and latency injection for the FHIR gateway (tests and benchmarks set it via /_admin).

A plan holds a per-request latency (global and per tenant) and a list of rules. Each rule
matches requests (tenant, resource type, path fragment, method) and applies one action a
``times`` number of times (default: until cleared):

- ``status``: answer 429/500/503 (with ``Retry-After`` when given) instead of the real response;
- ``hang``: hold the request ``seconds`` (capped at 120) before answering normally;
- ``malformed-json``: send a truncated, unparseable body with status 200;
- ``loop-next``: make the searchset's ``next`` link point back at the same page;
- ``drop-connection``: close the TCP connection without an HTTP answer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

ACTIONS = {"status", "hang", "malformed-json", "loop-next", "drop-connection"}
MAX_HANG_SECONDS = 120.0


@dataclass
class FaultRule:
    """One injected fault and what it matches."""

    action: str
    tenant: str | None = None
    resource_type: str | None = None
    path_contains: str | None = None
    method: str | None = None
    status: int = 503
    retry_after: float | None = None
    seconds: float = 30.0
    times: int | None = None  # None = every matching request

    def matches(self, tenant: str, method: str, resource_type: str, path: str) -> bool:
        return (
            self.tenant in (None, tenant)
            and self.method in (None, method)
            and self.resource_type in (None, resource_type)
            and (self.path_contains is None or self.path_contains in path)
        )


def parse_rule(spec: dict[str, Any], tenant: str | None) -> FaultRule:
    """Validate one rule from the admin API; raises ValueError naming the bad field."""
    action = spec.get("action")
    if action not in ACTIONS:
        raise ValueError(f"rules[].action must be one of {sorted(ACTIONS)}")
    match = spec.get("match") or {}
    rule = FaultRule(
        action=action,
        tenant=match.get("tenant", tenant),
        resource_type=match.get("resource_type"),
        path_contains=match.get("path_contains"),
        method=match.get("method"),
        times=spec.get("times"),
    )
    if action == "status":
        rule.status = int(spec.get("status", 503))
        if rule.status not in (429, 500, 502, 503, 504):
            raise ValueError("rules[].status must be 429, 500, 502, 503 or 504")
        if spec.get("retry_after") is not None:
            rule.retry_after = float(spec["retry_after"])
    if action == "hang":
        rule.seconds = min(float(spec.get("seconds", 30)), MAX_HANG_SECONDS)
    return rule


@dataclass
class FaultPlan:
    """The faults in force; thread-safe because the gateway serves requests in threads."""

    default_latency_ms: int = 0
    latency_ms: dict[str | None, int] = field(default_factory=dict)
    rules: list[FaultRule] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def configure(self, spec: dict[str, Any]) -> None:
        """Add the faults of one admin request (rules are appended, latency replaced)."""
        tenant = spec.get("tenant")
        rules = [parse_rule(rule, tenant) for rule in spec.get("rules", [])]
        with self._lock:
            if "latency_ms" in spec:
                self.latency_ms[tenant] = max(0, int(spec["latency_ms"]))
            self.rules.extend(rules)

    def clear(self) -> None:
        with self._lock:
            self.latency_ms.clear()
            self.rules.clear()

    def latency_for(self, tenant: str) -> float:
        """Seconds to delay a request to ``tenant``."""
        with self._lock:
            value = self.latency_ms.get(tenant, self.latency_ms.get(None, self.default_latency_ms))
        return value / 1000.0

    def take(self, tenant: str, method: str, resource_type: str, path: str) -> FaultRule | None:
        """The first rule matching this request, consuming one of its ``times``."""
        with self._lock:
            for rule in self.rules:
                if rule.matches(tenant, method, resource_type, path):
                    if rule.times is not None:
                        rule.times -= 1
                        if rule.times <= 0:
                            self.rules.remove(rule)
                    return rule
        return None

    def describe(self) -> dict[str, Any]:
        with self._lock:
            return {
                "latency_ms": {k or "*": v for k, v in self.latency_ms.items()},
                "default_latency_ms": self.default_latency_ms,
                "rules": [rule.__dict__.copy() for rule in self.rules],
            }
