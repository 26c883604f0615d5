"""In-memory store of issued OAuth grants, shared by the authorization server and the FHIR gateway.

The authorization server writes grants here; the FHIR gateway reads them to enforce bearer
tokens and scopes; the admin API revokes them (to simulate a token revoked mid-session).
Everything is in memory because the sandbox is a test peer: a restart forgets every token,
exactly like an EHR restart would invalidate sessions.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Grant:
    """One issued access token (and its refresh token, if any) with its SMART context."""

    access_token: str
    client_id: str
    tenant: str
    scope: str  # space-separated, as granted (may be fewer than requested)
    patient: str | None = None  # logical id, as in the token response's `patient`
    encounter: str | None = None
    fhir_user: str | None = None  # e.g. "Practitioner/abc"
    refresh_token: str | None = None
    issued_at: float = field(default_factory=time.time)
    expires_at: float = 0.0
    revoked: bool = False

    @property
    def scopes(self) -> frozenset[str]:
        return frozenset(self.scope.split())

    def is_active(self, now: float | None = None) -> bool:
        return not self.revoked and (now if now is not None else time.time()) < self.expires_at


class TokenStore:
    """Thread-safe map of access tokens and refresh tokens to grants."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_access: dict[str, Grant] = {}
        self._by_refresh: dict[str, Grant] = {}

    def add(self, grant: Grant) -> None:
        with self._lock:
            self._by_access[grant.access_token] = grant
            if grant.refresh_token:
                self._by_refresh[grant.refresh_token] = grant

    def find_access(self, token: str) -> Grant | None:
        """The grant for an access token, active or not (callers check ``is_active``)."""
        with self._lock:
            return self._by_access.get(token)

    def find_refresh(self, token: str) -> Grant | None:
        with self._lock:
            return self._by_refresh.get(token)

    def retire_refresh(self, token: str) -> None:
        """Forget a refresh token once it has been rotated (single use)."""
        with self._lock:
            self._by_refresh.pop(token, None)

    def revoke(self, token: str) -> bool:
        """Revoke the grant of an access or refresh token; True when one was found."""
        with self._lock:
            grant = self._by_access.get(token) or self._by_refresh.get(token)
            if grant is None:
                return False
            self._revoke_locked(grant)
            return True

    def revoke_all(self, tenant: str | None = None) -> int:
        """Revoke every grant (of one tenant); returns how many were revoked."""
        with self._lock:
            grants = [g for g in self._by_access.values() if tenant in (None, g.tenant)]
            for grant in grants:
                self._revoke_locked(grant)
            return len(grants)

    def expire_all(self, tenant: str | None = None) -> int:
        """Make every access token expired now, keeping refresh tokens usable."""
        with self._lock:
            count = 0
            for token, grant in list(self._by_access.items()):
                if tenant in (None, grant.tenant):
                    self._by_access[token] = replace(grant, expires_at=0.0)
                    count += 1
            return count

    def _revoke_locked(self, grant: Grant) -> None:
        revoked = replace(grant, revoked=True)
        self._by_access[grant.access_token] = revoked
        if grant.refresh_token:
            self._by_refresh.pop(grant.refresh_token, None)
