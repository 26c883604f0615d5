"""The app on a loopback port with the sandbox EHR pointed at it, for CDS Hooks over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests
from app_server import SHIPPED_SECRET, LiveApp, start_live_app

AS_OF = "2026-11-22"  # sandbox/scenarios/manifest.json


@dataclass
class Hooks:
    live: LiveApp
    sandbox: Any

    def call(self, hook: str, patient: str, **options: Any) -> dict[str, Any]:
        """The exact call the sandbox EHR would send (``{url, jwt, body}``)."""
        body = {"hook": hook, "tenant": "plain", "patient": patient,
                "orders": [f"{patient}-order"], **options}  # fmt: skip
        answer = self.sandbox.admin("POST", "cds-request", body)
        answer.raise_for_status()
        return answer.json()

    def jwt(self, aud: str, lifetime: int = 300, **claims: Any) -> str:
        body = {"aud": aud, "lifetime": lifetime, "claims": claims}
        return self.sandbox.admin("POST", "cds-jwt", body).json()["jwt"]

    @staticmethod
    def send(call: dict[str, Any], jwt: str | None = None) -> requests.Response:
        token = jwt if jwt is not None else call["jwt"]
        return requests.post(call["url"], json=call["body"], timeout=30,
                             headers={"Authorization": f"Bearer {token}"})  # fmt: skip


@pytest.fixture(scope="module")
def hooks(sandbox_ehr, tmp_path_factory) -> Iterator[Hooks]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
        # A loaded test machine reads a whole record slowly; the deadline is the bench's business.
        live = start_live_app(sandbox_ehr, tmp_path_factory.mktemp("hooks-app"), AS_OF=AS_OF,
                              HOOK_DEADLINE_SECONDS=60)  # fmt: skip
        previous = sandbox_ehr.admin("GET", "app-url").json()["app_url"]
        sandbox_ehr.admin("POST", "app-url", {"app_url": live.url}).raise_for_status()
        yield Hooks(live, sandbox_ehr)
        sandbox_ehr.admin("POST", "app-url", {"app_url": previous})
        live.stop()
