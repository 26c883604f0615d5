"""Helpers that drive the sandbox's Bulk Data server over real HTTP the way a backend client does.

Used by tests/sandbox/test_bulk_*.py: a backend client and its token (SMART Backend Services),
kick-off, polling that honours ``Retry-After``, and NDJSON downloads.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import requests
from oauth_flow import ASSERTION_TYPE, TestClient, register_client

TIMEOUT = 30
BACKEND_SCOPE = (
    "system/Patient.rs system/Group.rs system/Condition.rs system/Observation.rs "
    "system/ServiceRequest.rs system/DeviceRequest.rs system/DocumentReference.rs "
    "system/Binary.rs system/Coverage.rs system/Encounter.rs system/Procedure.rs"
)


def backend_client(peer: Any, scope: str = BACKEND_SCOPE) -> TestClient:
    return register_client(peer, "asymmetric", grant_types=["client_credentials"], scope=scope)


def backend_token(peer: Any, client: TestClient, tenant: str, scope: str = BACKEND_SCOPE) -> str:
    url = f"{peer.origin}/{tenant}/oauth2/token"
    data = {
        "grant_type": "client_credentials",
        "scope": scope,
        "client_assertion_type": ASSERTION_TYPE,
        "client_assertion": client.assertion(url),
    }
    response = requests.post(url, data=data, timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


def bearer(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


def kickoff(
    peer: Any, tenant: str, path: str, token: str | None, prefer: str = "respond-async", **params
) -> requests.Response:
    headers = {"Accept": "application/fhir+json", **bearer(token)}
    if prefer:
        headers["Prefer"] = prefer
    return requests.get(
        f"{peer.base(tenant)}/{path}", params=params, headers=headers, timeout=TIMEOUT
    )


@dataclass
class Polled:
    """What polling saw: the final response and every in-progress answer."""

    final: requests.Response
    progress: list[str] = field(default_factory=list)
    waits: list[float] = field(default_factory=list)


def poll(status_url: str, token: str | None, deadline: float = 60.0) -> Polled:
    """Poll until the export leaves 202, sleeping exactly what Retry-After asks."""
    seen = Polled(final=None)  # type: ignore[arg-type]
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        response = requests.get(status_url, headers=bearer(token), timeout=TIMEOUT)
        if response.status_code != 202:
            seen.final = response
            return seen
        seen.progress.append(response.headers.get("X-Progress", ""))
        wait = float(response.headers["Retry-After"])
        seen.waits.append(wait)
        time.sleep(wait)
    raise AssertionError("the export did not finish in time")


def export(peer: Any, tenant: str, path: str, token: str, **params) -> dict:
    """Kick off, poll to the end, return the manifest."""
    started = kickoff(peer, tenant, path, token, **params)
    assert started.status_code == 202, started.text
    done = poll(started.headers["Content-Location"], token).final
    assert done.status_code == 200, done.text
    return done.json()


def ndjson(url: str, token: str | None) -> list[dict]:
    response = requests.get(url, headers=bearer(token), timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("application/fhir+ndjson")
    return [json.loads(line) for line in response.text.splitlines() if line.strip()]


def output(manifest: dict, resource_type: str) -> dict:
    return next(o for o in manifest["output"] if o["type"] == resource_type)
