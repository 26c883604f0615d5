"""The sandbox's SMART authorization server (authlib), discovery documents and client registry.

``create_sandbox_app`` calls :func:`init_app`; the admin API calls :func:`register_client`;
the FHIR gateway's ``/metadata`` calls :func:`smart_security_extension`.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, current_app

from sandbox.oauth.clients import DEFAULT_CLIENTS_FILE, ClientRegistrationError, describe
from sandbox.oauth.discovery import security_extension
from sandbox.oauth.server import SmartAuthorizationServer
from sandbox.oauth.state import EXTENSION_KEY, OAuthState
from sandbox.oauth.views import bp
from sandbox.tenants import TENANTS

__all__ = ["ClientRegistrationError", "init_app", "register_client", "smart_security_extension"]

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    """Create the per-tenant authorization servers, load default clients, add the routes."""
    state = OAuthState()
    state.servers = {name: SmartAuthorizationServer(tenant) for name, tenant in TENANTS.items()}
    app.extensions[EXTENSION_KEY] = state
    settings = getattr(app.extensions.get("sandbox"), "settings", None)
    app_url = getattr(settings, "app_url", None) or "http://127.0.0.1:8000"
    count = state.clients.load_file(DEFAULT_CLIENTS_FILE, app_url)
    log.info("loaded %d default OAuth clients for app %s", count, app_url)
    app.register_blueprint(bp)


def register_client(client: dict[str, Any], app: Flask | None = None) -> dict[str, Any]:
    """Register (or replace) a client from its JSON description; returns it without secrets.

    Raises :class:`ClientRegistrationError` (an ``InputError`` and a ``ValueError``) with a
    message naming the bad field.
    """
    target = app or current_app
    registered = target.extensions[EXTENSION_KEY].clients.register(client)
    return describe(registered)


def smart_security_extension(tenant: str, origin: str) -> dict[str, Any]:
    """The CapabilityStatement ``rest.security`` block with the SMART ``oauth-uris`` extension."""
    return security_extension(tenant, origin)
