"""SMART discovery: ``.well-known/smart-configuration`` first, CapabilityStatement as fallback.

Both with short timeouts (an EHR that hangs must not hang the launch) and cached per issuer
for an hour, because EHR launches repeat many times a day against the same issuer. The issuer's
signing keys (``jwks_uri``, for id_tokens) are cached the same way, and fetched again when a token
names a key id the cached set lacks (the EHR rotated its keys).
"""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass, field

import requests
from joserfc.jwk import KeySet

from ..errors import LaunchError
from ..net import DISCOVERY_TIMEOUT, new_session

OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"
CACHE_SECONDS = 3600.0


@dataclass(frozen=True)
class SmartConfiguration:
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str | None = None
    issuer: str | None = None
    capabilities: frozenset[str] = field(default_factory=frozenset)
    code_challenge_methods: frozenset[str] = field(default_factory=frozenset)

    @property
    def supports_v2_scopes(self) -> bool:
        return "permission-v2" in self.capabilities


_cache: dict[str, tuple[float, SmartConfiguration]] = {}
_lock = threading.Lock()


def _from_well_known(document: dict) -> SmartConfiguration:
    return SmartConfiguration(
        authorization_endpoint=document["authorization_endpoint"],
        token_endpoint=document["token_endpoint"],
        jwks_uri=document.get("jwks_uri"),
        issuer=document.get("issuer"),
        capabilities=frozenset(document.get("capabilities", [])),
        code_challenge_methods=frozenset(document.get("code_challenge_methods_supported", [])),
    )


def _from_metadata(statement: dict) -> SmartConfiguration:
    for rest in statement.get("rest", []):
        for outer in rest.get("security", {}).get("extension", []):
            if outer.get("url") != OAUTH_URIS:
                continue
            uris = {ext["url"]: ext.get("valueUri") for ext in outer.get("extension", [])}
            if uris.get("authorize") and uris.get("token"):
                return SmartConfiguration(uris["authorize"], uris["token"])
    raise KeyError("oauth-uris")


def discover(iss: str, session: requests.Session | None = None) -> SmartConfiguration:
    """The SMART configuration of ``iss``; LaunchError when neither document is usable."""
    now = time.monotonic()
    with _lock:
        cached = _cache.get(iss)
        if cached and cached[0] > now:
            return cached[1]
    http = session or new_session(timeout=DISCOVERY_TIMEOUT)
    headers = {"Accept": "application/json"}
    config: SmartConfiguration | None = None
    try:
        response = http.get(f"{iss}/.well-known/smart-configuration", headers=headers)
        if response.ok:
            config = _from_well_known(response.json())
    except (requests.RequestException, ValueError, KeyError):
        config = None  # fall back to the CapabilityStatement below
    if config is None:
        try:
            response = http.get(f"{iss}/metadata", headers={"Accept": "application/fhir+json"})
            response.raise_for_status()
            config = _from_metadata(response.json())
        except (requests.RequestException, ValueError, KeyError) as error:
            raise LaunchError(
                "The EHR could not be reached to start sign-in.",
                advice="Check that the EHR is available, then launch the app again.",
                detail=type(error).__name__,
            ) from error
    with _lock:
        _cache[iss] = (now + CACHE_SECONDS, config)
    return config


_keys: dict[str, tuple[float, KeySet]] = {}


def _kid_of(compact_jwt: str) -> str | None:
    """The ``kid`` in a compact JWT's header (unverified: it only picks the key to verify with)."""
    try:
        header = compact_jwt.split(".", 1)[0]
        kid = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))).get("kid")
    except (ValueError, AttributeError):
        return None
    return kid if isinstance(kid, str) else None


def issuer_keys(jwks_uri: str, token: str, session: requests.Session | None = None) -> KeySet:
    """The issuer's public keys to verify ``token`` with: cached, refetched for an unknown kid.

    Raises ``requests.RequestException`` or ``ValueError`` when the keys cannot be read.
    """
    now = time.monotonic()
    kid = _kid_of(token)
    with _lock:
        cached = _keys.get(jwks_uri)
    if cached and cached[0] > now and (kid is None or any(k.kid == kid for k in cached[1].keys)):
        return cached[1]
    http = session or new_session(timeout=DISCOVERY_TIMEOUT)
    response = http.get(jwks_uri)
    response.raise_for_status()
    keys = KeySet.import_key_set(response.json())
    with _lock:
        _keys[jwks_uri] = (now + CACHE_SECONDS, keys)
    return keys


def clear_cache() -> None:
    with _lock:
        _cache.clear()
        _keys.clear()
