"""A real app server on loopback wired to the sandbox EHR, for launch tests over real HTTP."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pytest
from sandbox_peer import free_port
from werkzeug.serving import make_server

from smartapp import create_app
from smartapp.launch.discovery import clear_cache

SYMMETRIC_SECRET = "test-only-symmetric-secret"


@dataclass
class LiveApp:
    url: str
    app: object


@pytest.fixture
def live_app(sandbox_ehr, tmp_path, monkeypatch):
    """The app on a free port, its sandbox clients registered for that port's callback."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    monkeypatch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SYMMETRIC_SECRET)
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite3'}",
            "SANDBOX_ORIGIN": sandbox_ehr.origin,
        }
    )
    redirect = [f"{url}/launch/callback"]
    for client_id, method in (
        ("smartapp-public", "none"),
        ("smartapp-symmetric", "client_secret_basic"),
    ):
        body = {
            "client_id": client_id,
            "token_endpoint_auth_method": method,
            "redirect_uris": redirect,
        }
        if method == "client_secret_basic":
            body["client_secret"] = SYMMETRIC_SECRET
        sandbox_ehr.admin("POST", "clients", body).raise_for_status()
    clear_cache()
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield LiveApp(url, app)
    server.shutdown()
    thread.join(timeout=10)
