"""The launched session's tokens as a :class:`smartapp.fhir.token_providers.TokenProvider`.

:class:`SessionTokens` reads the encrypted tokens of one :class:`~smartapp.models.AppSession`,
refreshes them before they expire (Oracle Health's last 570 s) and once after a 401, and writes
the new ones back. It needs no request context (background report threads use it): every database
access opens its own session from :func:`smartapp.db.session_factory`, inside ``app.app_context()``.

Refresh rules (SMART App Launch 2.x "Refresh access token"): the same client authentication as
the launch, ``scope`` = the scope the EHR *granted* (a refresh may narrow, never widen), rotating
refresh tokens replace the stored one, and a refresh answer naming another patient ends the session
(an EHR that switched context behind our back must not show one patient's data under another's
banner).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import weakref

import requests
from authlib.integrations.base_client import OAuthError
from flask import Flask

from ..db import session_factory
from ..errors import RetryableFhirError, SessionExpiredError, TokenExchangeError
from ..fhir.client import DEFAULT_CONCURRENCY, FhirClient
from ..models import AppSession, utcnow
from ..net import DEFAULT_TIMEOUT
from ..tasks.ratelimit import rate_limit
from .client_auth import token_session
from .registry import registry
from .secrets import seal, unseal

log = logging.getLogger(__name__)

#: Refresh when fewer seconds than this remain (``TOKEN_REFRESH_MARGIN`` overrides), or a quarter
#: of the token's lifetime when that is less: a 60-second token (the SMART launcher's) is renewed
#: with 15 s left, not before every FHIR call as a fixed 60 s margin did (issue 20 #12).
DEFAULT_REFRESH_MARGIN = 60.0
#: Used when the token response has no ``expires_in`` (SMART says it SHOULD be there).
DEFAULT_LIFETIME_SECONDS = 300
#: After an early refresh failed while the token is still valid, wait this long to try again.
RETRY_QUIET_SECONDS = 10.0


class _SessionLock:
    """A lock per launched session, shared by every SessionTokens of it in this process."""

    def __init__(self) -> None:
        self.lock = threading.RLock()


_locks: weakref.WeakValueDictionary[str, _SessionLock] = weakref.WeakValueDictionary()
_locks_guard = threading.Lock()


def _lock_for(session_id: str) -> _SessionLock:
    with _locks_guard:
        found = _locks.get(session_id)
        if found is None:
            found = _locks[session_id] = _SessionLock()
        return found


class SessionTokens:
    """Access token of one launched session, refreshed when needed (thread-safe)."""

    def __init__(self, app: Flask, session_id: str):
        self.app = app
        self.session_id = session_id
        self.margin = float(app.config.get("TOKEN_REFRESH_MARGIN", DEFAULT_REFRESH_MARGIN))
        self._session_lock = _lock_for(session_id)  # keep a strong reference while we live
        self._token: str | None = None
        self._expires_at: dt.datetime | None = None
        self._lifetime: int | None = None  # seconds the current token was issued for
        self._quiet_until = 0.0  # monotonic time before which no early refresh is retried

    # -- TokenProvider ---------------------------------------------------------------------

    def access_token(self) -> str:
        """A usable access token, refreshed first when less than the margin remains."""
        with self._session_lock.lock:
            if self._token is None or self._seconds_left() < self._margin():
                self._load()  # another thread or worker may have refreshed already
            left = self._seconds_left()
            if left >= self._margin() or (left > 0 and time.monotonic() < self._quiet_until):
                return self._require_token()
            try:
                return self._refresh_locked()
            except (SessionExpiredError, RetryableFhirError):
                if self._token is not None and self._seconds_left() > 0:
                    # Still valid: keep using it, and don't retry on every FHIR request.
                    self._quiet_until = time.monotonic() + RETRY_QUIET_SECONDS
                    log.info("token refresh before expiry failed; using the current token")
                    return self._token
                raise

    def refresh(self) -> str:
        """Refresh now (after a 401). SessionExpiredError when there is no refresh token or the
        EHR refuses; RetryableFhirError when the token endpoint cannot be reached."""
        with self._session_lock.lock:
            used = self._token
            self._load()
            if used is not None and self._token != used and self._seconds_left() > 0:
                return self._require_token()  # refreshed elsewhere since we read it
            return self._refresh_locked()

    # -- internals -------------------------------------------------------------------------

    def _margin(self) -> float:
        """Seconds before expiry at which to refresh: min(configured margin, lifetime / 4)."""
        if not self._lifetime or self._lifetime <= 0:
            return self.margin
        return min(self.margin, self._lifetime / 4)

    def _seconds_left(self) -> float:
        if self._expires_at is None:
            return -1.0
        expires = self._expires_at
        if expires.tzinfo is None:  # SQLite drops the zone: values are stored in UTC
            expires = expires.replace(tzinfo=dt.UTC)
        return (expires - utcnow()).total_seconds()

    def _require_token(self) -> str:
        if self._token is None:
            raise SessionExpiredError("This session can no longer be read.")
        return self._token

    def _load(self) -> None:
        with self.app.app_context(), session_factory(self.app)() as db:
            record = db.get(AppSession, self.session_id)
            if record is None:
                raise SessionExpiredError("There is no active launch in this window.")
            self._token = unseal(record.access_token)
            self._expires_at = record.expires_at
            self._lifetime = record.token_lifetime

    def _refresh_locked(self) -> str:
        with self.app.app_context(), session_factory(self.app)() as db:
            record = db.get(AppSession, self.session_id, with_for_update=True)
            if record is None:
                raise SessionExpiredError("There is no active launch in this window.")
            refresh_token = unseal(record.refresh_token) if record.refresh_token else None
            if not refresh_token:
                raise SessionExpiredError("The EHR gave this session no way to be renewed.")
            answer = self._post_refresh(record, refresh_token)
            if answer.get("patient") and str(answer["patient"]) != record.patient_id:
                raise SessionExpiredError(
                    "The EHR switched patients during this session.",
                    detail="refresh answer named another patient",
                )
            record.access_token = seal(answer["access_token"])
            if answer.get("refresh_token"):  # rotating refresh tokens: the old one is now dead
                record.refresh_token = seal(answer["refresh_token"])
            lifetime = int(answer.get("expires_in") or DEFAULT_LIFETIME_SECONDS)
            record.expires_at = utcnow() + dt.timedelta(seconds=lifetime)
            record.token_lifetime = lifetime
            if answer.get("scope"):
                record.granted_scope = _narrowed(record.granted_scope, answer["scope"])
            record.refresh_count = (record.refresh_count or 0) + 1
            db.commit()
            self._token, self._expires_at = answer["access_token"], record.expires_at
            self._lifetime = lifetime
            log.info("token refreshed server=%s count=%s", record.server_id, record.refresh_count)
            return answer["access_token"]

    def _post_refresh(self, record: AppSession, refresh_token: str) -> dict:
        server = registry(self.app).get(record.server_id)
        if server is None:
            raise SessionExpiredError("This EHR is no longer registered with the app.")
        try:
            client = token_session(self.app, server, record.token_endpoint)
        except TokenExchangeError as error:
            raise SessionExpiredError(error.message, detail=error.detail) from error
        try:
            answer = client.refresh_token(
                record.token_endpoint,
                refresh_token=refresh_token,
                scope=record.granted_scope,  # never broader than what the EHR granted
                timeout=DEFAULT_TIMEOUT,
            )
        except OAuthError as error:
            raise SessionExpiredError(
                "The EHR ended this session.", detail=f"refresh refused: {error.error}"[:60]
            ) from error
        except requests.RequestException as error:
            raise RetryableFhirError(
                "The EHR could not be reached to renew the session.", detail=type(error).__name__
            ) from error
        finally:
            client.close()
        if not answer.get("access_token"):
            raise SessionExpiredError("The EHR's renewal had no access token.")
        return dict(answer)


def _narrowed(granted: str, answered: str) -> str:
    """The scope after a refresh: what the EHR answered, but never more than it granted before."""
    before = set(granted.split())
    return " ".join(scope for scope in answered.split() if scope in before)


def fhir_client_for(app: Flask, launch: AppSession) -> FhirClient:
    """FhirClient for the launch's iss with SessionTokens, vendor from the registry, concurrency
    from ``app.config['FHIR_CONCURRENCY']``."""
    server = registry(app).get(launch.server_id)
    if server is None or server.iss != launch.iss:
        raise SessionExpiredError("This EHR is no longer registered with the app.")
    client = FhirClient(
        launch.iss,
        SessionTokens(app, launch.id),
        concurrency=int(app.config.get("FHIR_CONCURRENCY", DEFAULT_CONCURRENCY)),
        vendor=None if server.vendor == "other" else server.vendor,
        allowed_hosts=server.binary_hosts,
    )
    # Every request of a launched session waits for the EHR's shared rate (a page's own reads
    # too); smartapp.checks.budget.guard adds the budget and the lane for background work.
    client.throttle = rate_limit(app).throttle(launch.iss, server.id,
                                               configured=server.requests_per_second)  # fmt: skip
    return client
