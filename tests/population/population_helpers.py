"""Shared pieces of the population tests: an app whose one EHR has a backend block, and a
fake EHR at the network seam (``responses``) that serves a token endpoint and Bulk Data."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

from smartapp import create_app

BASE = "https://ehr.example/fhir"
TOKEN_URL = "https://ehr.example/auth/token"
STATUS_URL = "https://ehr.example/fhir/$export-status/job-1"
ENTRY = {
    "id": "ehr",
    "display_name": "An EHR",
    "iss": BASE,
    "client_id": "app",
    "client_type": "public",
    "vendor": "other",
    "redirect_path": "/launch/callback",
    "backend": {
        "client_id": "app-backend",
        "private_key_file": "backend.jwks.json",
        "generate_key": True,
        "scopes": ["system/Patient.rs", "system/ServiceRequest.rs", "system/Condition.rs"],
        "group_id": "clinic-7",
        "token_endpoint": TOKEN_URL,
    },
}


def app_with(tmp_path: Path, entry: dict | None = None, **config: object):
    tmp_path.mkdir(parents=True, exist_ok=True)
    registry = tmp_path / "launch.json"
    registry.write_text(json.dumps({"servers": [entry or ENTRY]}))
    return create_app({
        "TESTING": True, "SECRET_KEY": "test", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite3'}",
        "INSTANCE_PATH": str(tmp_path / "instance"), "LAUNCH_REGISTRY": str(registry),
        "AS_OF": "2026-11-30", **config,
    })  # fmt: skip


def token_endpoint(mocked, *, lifetime: int = 300, seen: list | None = None) -> None:
    """A token endpoint answering client_credentials requests with token-1, token-2, …"""
    issued = []

    def answer(request):
        form = {k: v[0] for k, v in parse_qs(request.body).items()}
        if seen is not None:
            seen.append(form)
        issued.append(1)
        body = {"access_token": f"token-{len(issued)}", "token_type": "bearer",
                "expires_in": lifetime, "scope": form.get("scope", "")}  # fmt: skip
        return 200, {"Content-Type": "application/json"}, json.dumps(body)

    mocked.add_callback("POST", TOKEN_URL, callback=answer)


def ndjson(*resources: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in resources)
