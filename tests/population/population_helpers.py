"""Shared pieces of the population tests: an app whose one EHR has a backend block, and a
fake EHR at the network seam (``responses``) that serves a token endpoint and Bulk Data."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from pathlib import Path
from urllib.parse import parse_qs

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.launch.secrets import seal
from smartapp.models import AppSession

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


def signed_in(app, fhir_user: str, server_id: str = "ehr"):
    """A test client signed in as ``fhir_user`` at the fake EHR (the launch is tested elsewhere)."""
    with app.app_context():
        token = seal("not-a-real-token")
    record = AppSession(
        id=secrets.token_urlsafe(16), server_id=server_id, iss=BASE,
        token_endpoint="https://ehr.example/auth/token", patient_id=None, fhir_user=fhir_user,
        granted_scope="openid fhirUser", access_token=token,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
    )  # fmt: skip
    with app.app_context(), session_factory(app)() as db:
        db.add(record)
        db.commit()
    client = app.test_client()
    with client.session_transaction() as flask_session:
        flask_session["sid"] = record.id
    return client
