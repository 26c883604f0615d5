"""Short-lived, single-use things the authorization server remembers in memory.

- launch contexts made by the EHR page (opaque id, 5 minutes, single use);
- authorization codes (60 seconds, single use; a replayed code revokes what it issued,
  RFC 6749 section 4.1.2);
- ``jti`` values of client assertions (single use until the assertion expires, RFC 7523 §3).
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any

from authlib.oidc.core import AuthorizationCodeMixin

LAUNCH_SECONDS = 300
CODE_SECONDS = 60


@dataclass(frozen=True)
class LaunchContext:
    """What the EHR knows when it launches an app: who, which patient, which order."""

    tenant: str
    patient: str
    fhir_user: str  # "Practitioner/<id>"
    encounter: str | None = None
    fhir_context: tuple[dict[str, str], ...] = ()
    need_patient_banner: bool = True
    #: What this EHR grants less than asked, per launch (an app configured with narrower access):
    #: (resource type, v2 query) pairs narrow that type's scopes; ``withhold`` drops types.
    narrow: tuple[tuple[str, str], ...] = ()
    withhold: tuple[str, ...] = ()
    #: A CDS card link's appContext, passed through to the app in the token response as is.
    app_context: str | None = None
    launch_id: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    expires_at: float = field(default_factory=lambda: time.time() + LAUNCH_SECONDS)


@dataclass(frozen=True)
class SandboxUser:
    """The signed-in sandbox user (a Practitioner) — authlib's ``grant_user``."""

    fhir_user: str  # "Practitioner/<id>"

    @property
    def subject(self) -> str:
        return self.fhir_user.replace("/", "-")


@dataclass(frozen=True)
class AuthCode(AuthorizationCodeMixin):
    """An issued authorization code with everything the token response will need."""

    code: str
    tenant: str
    client_id: str
    redirect_uri: str
    scope: str
    user: SandboxUser
    code_challenge: str
    code_challenge_method: str
    context: dict[str, Any]  # patient, encounter, fhirContext, need_patient_banner ...
    nonce: str | None = None
    auth_time: int = field(default_factory=lambda: int(time.time()))
    expires_at: float = field(default_factory=lambda: time.time() + CODE_SECONDS)

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str | None:
        return self.nonce

    def get_auth_time(self) -> int:
        return self.auth_time


class _ExpiringMap:
    """A lock-protected dict whose entries carry an ``expires_at``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, Any] = {}

    def _purge_locked(self, now: float) -> None:
        for key in [k for k, v in self._items.items() if v.expires_at <= now - 600]:
            del self._items[key]

    def expire_all(self) -> int:
        """Make every entry expired now (lets tests check expiry without sleeping)."""
        with self._lock:
            for key, item in self._items.items():
                self._items[key] = replace(item, expires_at=0.0)
            return len(self._items)


class LaunchStore(_ExpiringMap):
    """Launch ids issued by the EHR page; each can be redeemed once, within 5 minutes."""

    def add(self, context: LaunchContext) -> LaunchContext:
        with self._lock:
            self._purge_locked(time.time())
            self._items[context.launch_id] = context
        return context

    def redeem(self, launch_id: str) -> LaunchContext | None:
        """Return and forget the context, or None when unknown, used or expired."""
        with self._lock:
            context = self._items.pop(launch_id, None)
        if context is None or context.expires_at <= time.time():
            return None
        return context


class CodeStore(_ExpiringMap):
    """Authorization codes; a redeemed code is remembered so its replay can be punished."""

    def __init__(self) -> None:
        super().__init__()
        self._redeemed: dict[str, str] = {}  # code -> access token it produced

    def add(self, code: AuthCode) -> None:
        with self._lock:
            self._purge_locked(time.time())
            self._items[code.code] = code

    def claim(self, code: str, client_id: str) -> AuthCode | None:
        """Atomically take a live code issued to ``client_id`` (any later use fails)."""
        with self._lock:
            item = self._items.get(code)
            if item is None or item.client_id != client_id:
                return None
            del self._items[code]
            self._redeemed[code] = ""
        return item if item.expires_at > time.time() else None

    def mark_redeemed(self, code: str, access_token: str) -> None:
        with self._lock:
            self._redeemed[code] = access_token

    def replayed_token(self, code: str) -> str | None:
        """The access token issued from ``code`` if the code was already redeemed."""
        with self._lock:
            return self._redeemed.get(code)


class JtiCache:
    """Remembers client-assertion ``jti`` values until their assertion expires."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[str, float] = {}

    def first_use(self, key: str, expires_at: float) -> bool:
        """True the first time ``key`` is seen; False on a replay."""
        now = time.time()
        with self._lock:
            for old in [k for k, exp in self._seen.items() if exp < now - 300]:
                del self._seen[old]
            if key in self._seen:
                return False
            self._seen[key] = expires_at
            return True
