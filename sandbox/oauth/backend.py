"""SMART Backend Services: the ``client_credentials`` grant with ``private_key_jwt``.

A backend service (the app's population run) has no user and no launch: it authenticates with a
signed client assertion (RS384/ES384, checked by ``server.PrivateKeyJwtAssertion``:
iss = sub = client_id, aud = token endpoint, exp at most five minutes ahead, single-use jti) and
asks for ``system/`` scopes. The sandbox grants the requested scopes its registration covers
(``scope`` in clients.json), in the syntax the tenant speaks (``-v1`` tenants: ``.read`` only);
anything else is dropped, and a request left with nothing is refused with ``invalid_scope``.
Tokens last five minutes (the lifetime the SMART Backend Services guide recommends) and carry
no refresh token: the service signs a new assertion instead.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from authlib.oauth2.rfc6749 import InvalidScopeError, grants

from sandbox.oauth.clients import SandboxClient
from sandbox.oauth.state import token_store
from sandbox.scopes import parse_all, parse_resource_scope
from sandbox.tenants import Tenant
from sandbox.tokens import Grant

log = logging.getLogger(__name__)

#: SMART Backend Services recommends 300 s access tokens.
BACKEND_TOKEN_SECONDS = 300


def backend_scopes(requested: str | None, client: SandboxClient, tenant: Tenant) -> list[str]:
    """The requested scopes to grant: system/ scopes of a version the tenant speaks whose
    interactions the client's registered scopes cover. Raises InvalidScopeError when a scope is
    malformed or nothing is left."""
    registered = parse_all(client.scope.split())
    granted: list[str] = []
    for scope in (requested or "").split():
        try:
            parsed = parse_resource_scope(scope)
        except ValueError as exc:
            raise InvalidScopeError(f"Malformed scope '{scope}'.") from exc
        if parsed is None or parsed.context != "system" or scope in granted:
            continue
        if parsed.version not in tenant.scope_versions or parsed.query is not None:
            continue
        covered = any(
            reg.resource_type in ("*", parsed.resource_type)
            and parsed.interactions <= reg.interactions
            for reg in registered
        )
        if covered:
            granted.append(scope)
    if not granted:
        raise InvalidScopeError(
            "None of the requested scopes is a system/ scope registered for this client."
        )
    return granted


class SmartClientCredentialsGrant(grants.ClientCredentialsGrant):
    """client_credentials for registered backend clients (private_key_jwt only)."""

    TOKEN_ENDPOINT_AUTH_METHODS = ["private_key_jwt"]  # noqa: RUF012 - authlib class attribute

    def validate_token_request(self) -> None:
        super().validate_token_request()
        client: SandboxClient = self.request.client
        self.request.granted_scopes = backend_scopes(
            self.request.payload.scope, client, self.server.tenant
        )

    def create_token_response(self) -> tuple[int, dict[str, Any], list[tuple[str, str]]]:
        client: SandboxClient = self.request.client
        scope = " ".join(self.request.granted_scopes)
        token = self.generate_token(scope=scope, include_refresh_token=False)
        token["expires_in"] = BACKEND_TOKEN_SECONDS
        token.pop("refresh_token", None)
        now = time.time()
        token_store().add(
            Grant(
                access_token=token["access_token"],
                client_id=client.client_id,
                tenant=self.server.tenant.name,
                scope=scope,
                issued_at=now,
                expires_at=now + BACKEND_TOKEN_SECONDS,
            )
        )
        log.info("backend token for %s on %s: %s", client.client_id, self.server.tenant.name, scope)
        return 200, token, self.TOKEN_RESPONSE_HEADER
