"""Who is calling a hook: the EHR's signed JWT (CDS Hooks 2.0 "Trusting CDS Clients").

The ``Authorization: Bearer`` JWT must come from an issuer listed in launch.json's
``cds_clients`` (refused before any key is fetched), be signed with one of its keys — from its
registered ``jwks_url``, or from the header's ``jku`` when that URL is listed for it — with ES384
or RS384, name this endpoint as ``aud``, be unexpired and live at most five minutes, and carry a
``jti`` not seen before (kept in the database until the JWT expires, so any worker refuses a
replay). Nothing of the JWT is logged but the issuer and why it was refused.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import time
from typing import Any

import requests
from flask import current_app, request
from joserfc import jwt
from joserfc.errors import JoseError
from sqlalchemy.exc import IntegrityError

from ..db import get_session
from ..errors import HookAuthError
from ..launch.discovery import issuer_keys
from ..models import HookTokenUse, utcnow
from .clients import CdsClient, cds_clients

log = logging.getLogger(__name__)

#: CDS Hooks 2.0: clients sign with ES384 or RS384; "none" and HMAC are never accepted.
ALGORITHMS = ["ES384", "RS384"]
#: The spec's recommended lifetime: a longer-lived JWT is refused (it bounds the replay store).
MAX_LIFETIME = 300
LEEWAY = 30


def _part(compact: str, index: int) -> dict[str, Any]:
    """A compact JWT's header (0) or payload (1), unverified: only to pick issuer and key."""
    try:
        piece = compact.split(".")[index]
        value = json.loads(base64.urlsafe_b64decode(piece + "=" * (-len(piece) % 4)))
    except (ValueError, IndexError) as error:
        raise HookAuthError("The Authorization header does not hold a JWT.") from error
    if not isinstance(value, dict):
        raise HookAuthError("The Authorization header does not hold a JWT.")
    return value


def _refuse(iss: str, why: str) -> HookAuthError:
    log.warning("hook call refused: iss=%s reason=%s", iss[:120], why)
    return HookAuthError(f"The hook call was refused: {why}.", detail=why)


def endpoint_url() -> str:
    """This endpoint's URL as the EHR registered it: under PUBLIC_URL, else as requested."""
    base = current_app.config.get("PUBLIC_URL")
    return (base.rstrip("/") + request.path) if base else request.base_url


def authenticate(now: float | None = None) -> CdsClient:
    """The calling CDS client, or HookAuthError (401); records the JWT's ``jti`` as used."""
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith("bearer ") or header.count(".") != 2:
        raise HookAuthError("A hook call needs the EHR's signed JWT (Authorization: Bearer).")
    compact = header.split(None, 1)[1].strip()
    claims = _part(compact, 1)
    iss = str(claims.get("iss") or "").rstrip("/")
    client = cds_clients().get(iss)
    if client is None:
        raise _refuse(iss, "issuer not registered")
    jku = _part(compact, 0).get("jku")
    if jku is not None and jku not in client.key_urls():
        raise _refuse(iss, "jku not registered")  # never fetch a URL the token chose
    key_url = jku or client.jwks_url
    if not key_url:
        raise _refuse(iss, "no key URL")
    try:
        keys = issuer_keys(key_url, compact)
        token = jwt.decode(compact, keys, algorithms=ALGORITHMS)
    except (requests.RequestException, ValueError) as error:
        raise _refuse(iss, f"keys unreadable ({type(error).__name__})") from error
    except JoseError as error:
        raise _refuse(iss, f"signature not valid ({error.error})") from error
    return _check_claims(client, token.claims, time.time() if now is None else now)


def _check_claims(client: CdsClient, claims: dict[str, Any], now: float) -> CdsClient:
    aud = claims.get("aud")
    audiences = aud if isinstance(aud, list) else [aud]
    if endpoint_url() not in audiences:
        raise _refuse(client.iss, "aud is not this service")
    exp, jti = claims.get("exp"), claims.get("jti")
    if not isinstance(exp, int | float) or exp + LEEWAY < now:
        raise _refuse(client.iss, "expired")
    if exp > now + MAX_LIFETIME + LEEWAY:
        raise _refuse(client.iss, "lives longer than 5 minutes")
    if not isinstance(jti, str) or not jti:
        raise _refuse(client.iss, "no jti")
    _use_once(client.iss, jti, exp)
    return client


def _use_once(iss: str, jti: str, exp: float) -> None:
    """Store the jti; a second use (any worker) hits the primary key and is refused."""
    db = get_session()
    key = hashlib.sha256(f"{iss}\n{jti}".encode()).hexdigest()
    db.query(HookTokenUse).filter(HookTokenUse.expires_at < utcnow()).delete()
    db.add(HookTokenUse(key=key, expires_at=dt.datetime.fromtimestamp(exp + LEEWAY, dt.UTC)))
    try:
        db.commit()
    except IntegrityError as error:
        db.rollback()
        raise _refuse(iss, "jti replayed") from error
