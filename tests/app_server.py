"""The app served on a loopback port for tests over real HTTP (launch and browser suites).

:func:`start_live_app` binds port 0 (no race for a "free" port), builds the app with the given
settings and registers its OAuth clients at the sandbox for that port's callback.

The shipped launch.json's clients (``smartapp-public`` …) are shared by every app a test session
starts, and one may still run (a module's app) while another starts (a test's own app): their
registrations are therefore cumulative — every redirect URI so far, and for the asymmetric client
an inline JWK set with every app's public key. The same goes for ``smartapp-backend``, the SMART
Backend Services client of the sandbox-epic entry's ``backend`` block (population runs): it is
registered with ``client_credentials``, the ``system/`` scopes of sandbox/clients.json and every
app's public keys (its backend key is published in the same JWKS). A test's dedicated client
(``clients=``) belongs to one app: it is registered with ``jwks_uri`` pointing at that app's
``/.well-known/jwks.json``, so the sandbox fetches the app's real public keys over HTTP.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from flask import Flask
from werkzeug.serving import BaseWSGIServer, make_server

from smartapp import PROJECT_ROOT, create_app
from smartapp.db import session_factory
from smartapp.launch.discovery import clear_cache
from smartapp.launch.keys import public_jwks
from smartapp.launch.secrets import unseal
from smartapp.models import AppSession

#: Secret of the shipped symmetric client in tests (env SMARTAPP_SANDBOX_CLIENT_SECRET).
SHIPPED_SECRET = "test-only-symmetric-secret"
#: The sandbox clients of the shipped launch.json and how each authenticates.
SHIPPED_CLIENTS = {
    "smartapp-public": "none",
    "smartapp-symmetric": "client_secret_basic",
    "smartapp-asymmetric": "private_key_jwt",
    "smartapp-backend": "private_key_jwt",
}
#: Clients with no user and no redirect: SMART Backend Services (client_credentials only).
BACKEND_CLIENTS = ("smartapp-backend",)


def shipped_registration(client_id: str) -> dict[str, Any]:
    """A client's entry in the sandbox's own sandbox/clients.json (its scopes, grant types)."""
    clients = json.loads((PROJECT_ROOT / "sandbox" / "clients.json").read_text(encoding="utf-8"))
    return next(c for c in clients["clients"] if c["client_id"] == client_id)


@dataclass
class LiveApp:
    """A running app: where it listens, the Flask app, and helpers to look inside it."""

    url: str
    app: Flask
    server: BaseWSGIServer
    thread: threading.Thread

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)

    def session_id(self, http: requests.Session) -> str:
        """The launched-session id carried by ``http``'s session cookie (the only thing in it)."""
        cookie = http.cookies.get("session")
        assert cookie, "no session cookie"
        data = self.app.session_interface.get_signing_serializer(self.app).loads(cookie)
        # The session id and the CSRF token of the page's forms (Sign out): no EHR token.
        assert "sid" in data and set(data) <= {"sid", "csrf_token"}, f"cookie holds {set(data)}"
        return data["sid"]

    def record(self, session_id: str) -> AppSession:
        """A fresh copy of the stored AppSession."""
        with session_factory(self.app)() as db:
            found = db.get(AppSession, session_id)
            assert found is not None
            return found

    def update(self, session_id: str, **values: Any) -> None:
        """Change stored columns of an AppSession (to stage an attack or an expiry)."""
        with session_factory(self.app)() as db:
            found = db.get(AppSession, session_id)
            for name, value in values.items():
                setattr(found, name, value)
            db.commit()

    def tokens(self, session_id: str) -> tuple[str, str | None]:
        """(access token, refresh token) of a session, decrypted."""
        found = self.record(session_id)
        with self.app.app_context():
            access = unseal(found.access_token)
            refresh = unseal(found.refresh_token) if found.refresh_token else None
        assert access
        return access, refresh


#: client_id -> (redirect URIs, public JWKs by kid) of every app that shared it this session.
_shared: dict[str, tuple[list[str], dict[str, dict[str, Any]]]] = {}


def register_clients(sandbox: Any, live: LiveApp, clients: dict[str, str], secret: str) -> None:
    """Register ``{client_id: auth method}`` at the sandbox for ``live``'s callback."""
    for client_id, method in clients.items():
        shared = client_id in SHIPPED_CLIENTS
        if shared and method == "client_secret_basic":
            secret = SHIPPED_SECRET
        redirect = f"{live.url}/launch/callback"
        body: dict[str, Any] = {"client_id": client_id, "token_endpoint_auth_method": method}
        if client_id in BACKEND_CLIENTS:
            shipped = shipped_registration(client_id)
            body.update(grant_types=shipped["grant_types"], scope=shipped["scope"])
            _, keys = _shared.setdefault(client_id, ([], {}))
            keys.update({key["kid"]: key for key in public_jwks(live.app)["keys"]})
            body["jwks"] = {"keys": list(keys.values())}
            sandbox.admin("POST", "clients", body).raise_for_status()
            continue
        if shared:
            redirects, keys = _shared.setdefault(client_id, ([], {}))
            redirects.append(redirect)
            body["redirect_uris"] = list(redirects)
        else:
            body["redirect_uris"] = [redirect]
        if method == "client_secret_basic":
            body["client_secret"] = secret
        if method == "private_key_jwt" and shared:
            keys.update({key["kid"]: key for key in public_jwks(live.app)["keys"]})
            body["jwks"] = {"keys": list(keys.values())}
        elif method == "private_key_jwt":
            body["jwks_uri"] = f"{live.url}/.well-known/jwks.json"
        sandbox.admin("POST", "clients", body).raise_for_status()


def start_live_app(
    sandbox: Any,
    instance: Path,
    *,
    clients: dict[str, str] | None = None,
    secret: str = "",
    registry: Path | None = None,
    **config: Any,
) -> LiveApp:
    """Build and serve the app; its instance folder (keys, SQLite) is ``instance``."""
    settings = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "INSTANCE_PATH": str(instance),
        "DATABASE_URL": f"sqlite:///{instance / 'app.sqlite3'}",
        "SANDBOX_ORIGIN": sandbox.origin,
        "LAUNCH_REGISTRY": str(registry or PROJECT_ROOT / "launch.json"),
        # requests will not send a Secure cookie over http; browser tests use "embedded".
        "COOKIE_MODE": "local-http",
        **config,
    }
    app = create_app(settings)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    live = LiveApp(f"http://127.0.0.1:{server.server_port}", app, server, thread)
    try:
        register_clients(sandbox, live, clients or SHIPPED_CLIENTS, secret)
    except BaseException:
        server.server_close()
        raise
    clear_cache()
    thread.start()
    return live


def write_registry(path: Path, servers: list[dict[str, Any]]) -> Path:
    """Write a launch.json with ``servers`` (each gets the default redirect path)."""
    entries = [{"redirect_path": "/launch/callback", **server} for server in servers]
    path.write_text(json.dumps({"servers": entries}), encoding="utf-8")
    return path
