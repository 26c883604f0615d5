"""SMART Backend Services: the app's own access token for an EHR, without a user.

The token request is ``grant_type=client_credentials`` with the ``system/`` scopes of the entry's
``backend`` block and a ``private_key_jwt`` client assertion (iss = sub = the backend client id,
aud = the token endpoint, exp at most five minutes ahead, a fresh jti) signed with the backend key
(:class:`~smartapp.launch.client_auth.SmartPrivateKeyJWT`, authlib's RFC 7523 signer with the SMART
header rules). There is no refresh token in this flow: a new assertion buys a new token.

Tokens live in memory only, one per EHR per process (workers fetch their own: a task message
carries ids, never a token), reused until ``REFRESH_MARGIN`` seconds before they expire.
"""

from __future__ import annotations

import logging
import threading
import time

import requests
from authlib.integrations.base_client import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from flask import Flask

from ..errors import BackendAuthError, ConfigError, LaunchError, RetryableFhirError
from ..fhir.client import DEFAULT_CONCURRENCY, FhirClient
from ..launch.client_auth import SmartPrivateKeyJWT
from ..launch.discovery import discover
from ..launch.keys import backend_key
from ..launch.registry import ServerConfig, registry
from ..net import DEFAULT_TIMEOUT

log = logging.getLogger(__name__)

EXTENSION = "population.backend_tokens"
#: Fetch a new token when fewer seconds than this remain (or a quarter of a short lifetime).
REFRESH_MARGIN = 60.0
#: Used when the token response has no ``expires_in``.
DEFAULT_LIFETIME = 300
_cache_lock = threading.Lock()


def backend_server(app: Flask, server_id: str) -> ServerConfig:
    """The launch.json entry ``server_id``, which must have a ``backend`` block."""
    server = registry(app).get(server_id)
    if server is None:
        raise ConfigError(f"No EHR '{server_id}' in launch.json.")
    if server.backend is None:
        raise ConfigError(f"launch.json: server '{server_id}' has no 'backend' block, so it "
                          "cannot be read without a user (docs/ehr-registration.md)")  # fmt: skip
    return server


class BackendTokens:
    """A :class:`~smartapp.fhir.token_providers.TokenProvider` for one EHR's backend client."""

    def __init__(self, app: Flask, server: ServerConfig):
        self.app, self.server = app, server
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires = 0.0  # monotonic
        self._lifetime = DEFAULT_LIFETIME

    def access_token(self) -> str:
        with self._lock:
            margin = min(REFRESH_MARGIN, self._lifetime / 4)
            if self._token is None or self._expires - time.monotonic() < margin:
                self._fetch_locked()
            return self._token  # type: ignore[return-value]

    def refresh(self) -> str:
        """A new token (after a 401): the old one is dropped."""
        with self._lock:
            self._fetch_locked()
            return self._token  # type: ignore[return-value]

    def token_endpoint(self) -> str:
        block = self.server.backend
        if block is not None and block.token_endpoint:
            return block.token_endpoint
        try:
            return discover(self.server.iss).token_endpoint
        except LaunchError as error:
            raise RetryableFhirError("The EHR's sign-in service could not be found.",
                                     detail=error.detail) from error  # fmt: skip

    def _fetch_locked(self) -> None:
        block = self.server.backend
        assert block is not None  # backend_server() checked  # noqa: S101
        endpoint = self.token_endpoint()
        key = backend_key(self.app, self.server)
        session = OAuth2Session(block.client_id, key.signing_key,
                                token_endpoint_auth_method=SmartPrivateKeyJWT.name)  # fmt: skip
        session.register_client_auth_method(SmartPrivateKeyJWT(endpoint, key))
        try:
            answer = session.fetch_token(endpoint, grant_type="client_credentials",
                                         scope=" ".join(block.scopes), timeout=DEFAULT_TIMEOUT)
        except OAuthError as error:
            raise BackendAuthError("The EHR refused the app's backend-services token request.",
                                   detail=f"token refused: {error.error}"[:60]) from error
        except requests.RequestException as error:
            raise RetryableFhirError("The EHR's token endpoint could not be reached.",
                                     detail=type(error).__name__) from error  # fmt: skip
        except ValueError as error:  # a body that is not a token response
            raise BackendAuthError("The EHR's token endpoint answered something unreadable.",
                                   detail=type(error).__name__) from error  # fmt: skip
        finally:
            session.close()
        token = answer.get("access_token")
        if not isinstance(token, str) or not token:
            raise BackendAuthError("The EHR's backend-services answer had no access token.")
        self._lifetime = int(answer.get("expires_in") or DEFAULT_LIFETIME)
        self._token, self._expires = token, time.monotonic() + self._lifetime
        log.info("backend token fetched server=%s lifetime=%ss", self.server.id, self._lifetime)


def backend_tokens(app: Flask, server_id: str) -> BackendTokens:
    """The process's token provider for ``server_id`` (shared by every task of every run)."""
    cache: dict[str, BackendTokens] = app.extensions.setdefault(EXTENSION, {})
    with _cache_lock:  # one provider per EHR, or parallel tasks would each fetch a token
        if server_id not in cache:
            cache[server_id] = BackendTokens(app, backend_server(app, server_id))
        return cache[server_id]


def backend_client(app: Flask, server_id: str) -> FhirClient:
    """A FhirClient (the one network seam) reading ``server_id`` with its backend token."""
    server = backend_server(app, server_id)
    return FhirClient(
        server.iss,
        backend_tokens(app, server_id),
        concurrency=int(app.config.get("FHIR_CONCURRENCY", DEFAULT_CONCURRENCY)),
        vendor=None if server.vendor == "other" else server.vendor,
        allowed_hosts=server.binary_hosts,
    )
