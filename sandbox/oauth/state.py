"""Per-app OAuth state and the URLs every part of the authorization server agrees on."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, has_request_context, request

from sandbox.oauth.clients import ClientRegistry
from sandbox.oauth.keys import SigningKey
from sandbox.oauth.stores import CodeStore, JtiCache, LaunchStore
from sandbox.tokens import TokenStore

EXTENSION_KEY = "sandbox_oauth"


@dataclass
class OAuthState:
    """Everything the authorization server keeps between requests (all in memory)."""

    clients: ClientRegistry = field(default_factory=ClientRegistry)
    signing_key: SigningKey = field(default_factory=SigningKey)
    launches: LaunchStore = field(default_factory=LaunchStore)
    codes: CodeStore = field(default_factory=CodeStore)
    jti: JtiCache = field(default_factory=JtiCache)
    #: refresh token -> SMART context to repeat in refreshed token responses
    refresh_context: dict[str, dict[str, Any]] = field(default_factory=dict)
    refresh_lock: threading.Lock = field(default_factory=threading.Lock)
    servers: dict[str, Any] = field(default_factory=dict)  # tenant -> SmartAuthorizationServer


def oauth_state() -> OAuthState:
    """The OAuth state of the current Flask app."""
    return current_app.extensions[EXTENSION_KEY]


def token_store() -> TokenStore:
    """The TokenStore shared with the FHIR gateway."""
    return current_app.extensions["sandbox"].store


def sandbox_settings() -> Any:
    """The SandboxSettings of the running sandbox (None in a bare test app)."""
    return getattr(current_app.extensions.get("sandbox"), "settings", None)


def public_origin() -> str:
    """The origin clients use to reach the sandbox, e.g. ``http://127.0.0.1:9090``."""
    settings = sandbox_settings()
    for attr in ("public_origin", "origin"):
        value = getattr(settings, attr, None)
        if isinstance(value, str) and value:
            return value.rstrip("/")
    if has_request_context():
        return request.host_url.rstrip("/")
    return "http://127.0.0.1"


def app_url() -> str:
    """Where the SMART app under test lives (``--app-url``)."""
    value = getattr(sandbox_settings(), "app_url", None)
    return (value or "http://127.0.0.1:8000").rstrip("/")


def fhir_base(tenant: str, origin: str | None = None) -> str:
    """A tenant's FHIR base URL — also its ``iss`` and the required ``aud``."""
    return f"{origin or public_origin()}/{tenant}/fhir"


def oauth_url(tenant: str, endpoint: str, origin: str | None = None) -> str:
    """Absolute URL of one of a tenant's OAuth endpoints (authorize, token, ...)."""
    return f"{origin or public_origin()}/{tenant}/oauth2/{endpoint}"


def smart_style_url(tenant: str) -> str:
    """The style document offered to apps in the token response."""
    return f"{public_origin()}/{tenant}/smart-style.json"
