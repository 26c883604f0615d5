"""Registered OAuth clients of the sandbox: public, confidential-symmetric, confidential-asymmetric.

Clients come from ``sandbox/clients.json`` at start (``{app_url}`` is substituted) and from
``POST /_admin/clients`` at runtime. Redirect URIs match exactly, as SMART requires; each client
authenticates at the token endpoint with exactly one method.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from authlib.oauth2.rfc6749 import ClientMixin
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from smartapp.errors import InputError

log = logging.getLogger(__name__)

AUTH_METHODS = ("none", "client_secret_basic", "private_key_jwt")
DEFAULT_CLIENTS_FILE = Path(__file__).resolve().parents[1] / "clients.json"
#: Sandbox-only default for the symmetric client; override with env SANDBOX_CLIENT_SECRET.
DEFAULT_SYMMETRIC_SECRET = "sandbox-symmetric-secret"  # noqa: S105 - documented test value


class ClientRegistrationError(InputError, ValueError):
    """A client description that cannot be registered (message says which field is wrong)."""


@dataclass(frozen=True)
class SandboxClient(ClientMixin):
    """One registered client; implements authlib's ClientMixin."""

    client_id: str
    redirect_uris: tuple[str, ...]
    token_endpoint_auth_method: str
    client_name: str = ""
    client_secret: str | None = None
    jwks: dict[str, Any] | None = None
    jwks_uri: str | None = None
    #: OAuth grant types this client may use; a backend service has only client_credentials.
    grant_types: tuple[str, ...] = ("authorization_code", "refresh_token")
    #: Backend services: the system/ scopes registered for the client (the most it is granted).
    scope: str = ""

    @property
    def is_public(self) -> bool:
        return self.token_endpoint_auth_method == "none"  # noqa: S105 - a method name

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        # SMART apps must always send redirect_uri; no default keeps mix-ups visible.
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        # Scope filtering is the sandbox's grant policy (sandbox/oauth/scope_policy.py).
        return scope or ""

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        if not self.client_secret:
            return False
        return hmac.compare_digest(self.client_secret.encode(), client_secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == self.token_endpoint_auth_method

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types

    @property
    def is_backend(self) -> bool:
        """A SMART Backend Services client: client_credentials only, no redirect, no user."""
        return self.grant_types == ("client_credentials",)


def client_from_dict(data: dict[str, Any]) -> SandboxClient:
    """Validate a client description (the clients.json / admin API shape) and build the client."""
    if not isinstance(data, dict):
        raise ClientRegistrationError("A client must be a JSON object.")
    client_id = data.get("client_id")
    if not isinstance(client_id, str) or not client_id.strip():
        raise ClientRegistrationError("client_id must be a non-empty string.")
    grant_types = _grant_types(data.get("grant_types"))
    backend = grant_types == ("client_credentials",)
    uris = data.get("redirect_uris", [] if backend else None)
    if not isinstance(uris, list) or not all(isinstance(u, str) for u in uris):
        raise ClientRegistrationError("redirect_uris must be a list of URLs.")
    if not uris and not backend:
        raise ClientRegistrationError("redirect_uris must be a non-empty list of URLs.")
    method = data.get("token_endpoint_auth_method", "none")
    if backend and method != "private_key_jwt":
        # SMART Backend Services: asymmetric client authentication only.
        raise ClientRegistrationError("client_credentials clients must use private_key_jwt.")
    scope = data.get("scope", "")
    if not isinstance(scope, str) or (backend and not scope.strip()):
        raise ClientRegistrationError("backend clients need scope: their system/ scopes.")
    if method not in AUTH_METHODS:
        raise ClientRegistrationError(f"token_endpoint_auth_method must be one of {AUTH_METHODS}.")
    secret = data.get("client_secret")
    if method == "client_secret_basic" and not (isinstance(secret, str) and secret):
        raise ClientRegistrationError("client_secret_basic clients need a client_secret.")
    jwks, jwks_uri = data.get("jwks"), data.get("jwks_uri")
    if method == "private_key_jwt":
        if not jwks and not jwks_uri:
            raise ClientRegistrationError("private_key_jwt clients need jwks or jwks_uri.")
        if jwks:
            try:
                KeySet.import_key_set(jwks)
            except (JoseError, ValueError, TypeError, KeyError) as exc:
                raise ClientRegistrationError("jwks is not a valid JWK set.") from exc
    return SandboxClient(
        client_id=client_id,
        redirect_uris=tuple(uris),
        token_endpoint_auth_method=method,
        client_name=str(data.get("client_name") or client_id),
        client_secret=secret if method == "client_secret_basic" else None,
        jwks=jwks if method == "private_key_jwt" else None,
        jwks_uri=jwks_uri if method == "private_key_jwt" else None,
        grant_types=grant_types,
        scope=" ".join(scope.split()),
    )


def _grant_types(value: Any) -> tuple[str, ...]:
    if value is None:
        return ("authorization_code", "refresh_token")
    allowed = {"authorization_code", "refresh_token", "client_credentials"}
    if not isinstance(value, list) or not value or not set(value) <= allowed:
        raise ClientRegistrationError(f"grant_types must be a non-empty list of {sorted(allowed)}.")
    if "client_credentials" in value and len(value) > 1:
        raise ClientRegistrationError("client_credentials cannot be mixed with user grants.")
    return tuple(value)


class ClientRegistry:
    """Thread-safe map of client_id to client."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._clients: dict[str, SandboxClient] = {}

    def get(self, client_id: str | None) -> SandboxClient | None:
        with self._lock:
            return self._clients.get(client_id or "")

    def register(self, data: dict[str, Any]) -> SandboxClient:
        """Add or replace a client; raises ClientRegistrationError on a bad description."""
        client = client_from_dict(data)
        with self._lock:
            self._clients[client.client_id] = client
        log.info("registered client %s (%s)", client.client_id, client.token_endpoint_auth_method)
        return client

    def load_file(self, path: Path, app_url: str) -> int:
        """Register the clients of a clients.json file; returns how many were loaded."""
        document = json.loads(path.read_text(encoding="utf-8"))
        secret = os.environ.get("SANDBOX_CLIENT_SECRET", DEFAULT_SYMMETRIC_SECRET)
        for entry in document.get("clients", []):
            resolved = json.loads(json.dumps(entry).replace("{app_url}", app_url.rstrip("/")))
            if resolved.get("token_endpoint_auth_method") == "client_secret_basic":
                resolved.setdefault("client_secret", secret)
            self.register(resolved)
        return len(document.get("clients", []))


def describe(client: SandboxClient) -> dict[str, Any]:
    """The client as JSON for the admin API (never the secret)."""
    return {
        "client_id": client.client_id,
        "client_name": client.client_name,
        "redirect_uris": list(client.redirect_uris),
        "token_endpoint_auth_method": client.token_endpoint_auth_method,
        "jwks_uri": client.jwks_uri,
        "has_inline_jwks": client.jwks is not None,
        "grant_types": list(client.grant_types),
        "scope": client.scope,
    }
