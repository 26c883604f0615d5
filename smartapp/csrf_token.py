"""The page's CSRF token: Flask-WTF's ``generate_csrf``, the same token, with less work (issue 19,
thirteenth pass).

Every page with a form asks for the token, and the first ask of a request signs it: Flask-WTF
builds an ``URLSafeTimedSerializer`` and its signer for the call, serialises the session's raw
token (JSON, then a ``zlib.compress`` attempt that allocates zlib's state for 42 bytes, then
base64) and signs it with the time. Of these only the signature depends on the time: the
serialised raw token is the same for every page of a session. So the serializer and signer are
made once per secret key, each session's serialised token is kept (:data:`MAX_PAYLOADS`), and
each request signs it with the time, with itsdangerous's own signer: the same bytes
``generate_csrf`` gives at the same second, valid for Flask-WTF's ``validate_csrf`` as before.

Everything else is Flask-WTF's: a session without a raw token yet, a raw token that is not text,
or an app configured with another field name or secret goes through ``generate_csrf`` itself.
The signed token is cached for the request on ``g`` where Flask-WTF caches it, so both agree.

The signature itself (issue 19, stop 59): itsdangerous derives the signing key from the secret
and the salt (a SHA-1 of their concatenation) and sets up a fresh HMAC of it for every
signature, ~2 % of a request page under load. The derived key depends on the secret alone, so
an HMAC keyed with it is set up once per secret and copied for each signature: the same bytes
(checked against the signer's own ``get_signature`` when it is made; a signer of another kind,
or one that does not give the same bytes, signs as before), the same key, the same time in it.

Templates: ``CSRFProtect.init_app`` puts ``generate_csrf`` in the Jinja globals *and* registers a
context processor returning it, and a context processor's names win over the globals in every
``render_template`` context; so :func:`init_app` removes that processor (the globals already
hold both of its names) rather than only replacing the global (fifteenth pass).
"""

from __future__ import annotations

import hmac
from typing import Any

from flask import Flask
from flask_wtf.csrf import generate_csrf
from itsdangerous import URLSafeTimedSerializer
from itsdangerous.encoding import base64_encode, int_to_bytes
from itsdangerous.signer import HMACAlgorithm
from itsdangerous.timed import TimestampSigner

from .bounded import BoundedStore
from .context import request_app, request_g, request_session

FIELD = "csrf_token"
SALT = "wtf-csrf-token"  # Flask-WTF's
#: Sessions whose serialised raw token is kept per worker (~100 bytes each).
MAX_PAYLOADS = 4096
_payloads: BoundedStore[tuple[Any, str], bytes] = BoundedStore(MAX_PAYLOADS)
_serializers: dict[Any, tuple[URLSafeTimedSerializer, Any, Any]] = {}
_PROBE = b"smartapp.csrf_token probe"


def _prepared_mac(signer: Any) -> hmac.HMAC | None:
    """An HMAC keyed with ``signer``'s derived key, to be copied for each signature, when the
    signer is itsdangerous's own timestamp signer with its HMAC algorithm and the copy signs
    exactly as the signer does; else None (the signer signs)."""
    if type(signer) is not TimestampSigner or type(signer.algorithm) is not HMACAlgorithm:
        return None
    try:
        mac = hmac.new(signer.derive_key(), digestmod=signer.algorithm.digest_method().name)
    except (TypeError, ValueError, AttributeError):
        return None
    probe = mac.copy()
    probe.update(_PROBE)
    return mac if base64_encode(probe.digest()) == signer.get_signature(_PROBE) else None


def _sign(signer: Any, mac: hmac.HMAC | None, payload: bytes) -> str:
    """``signer.sign(payload)``: with the prepared HMAC, the same bytes built as
    ``TimestampSigner.sign`` builds them (the payload, its time, their signature)."""
    if mac is None:
        return signer.sign(payload).decode("utf-8")  # type: ignore[no-any-return]
    sep = signer.sep if isinstance(signer.sep, bytes) else signer.sep.encode()
    value = payload + sep + base64_encode(int_to_bytes(signer.get_timestamp()))
    mac = mac.copy()
    mac.update(value)
    return (value + sep + base64_encode(mac.digest())).decode("utf-8")


def csrf_token() -> str:
    """``flask_wtf.csrf.generate_csrf()`` (see the module docstring)."""
    kept = request_g()  # flask.g, read once (smartapp.context): a page asks 2-5 times
    token = kept.get(FIELD)
    if token is not None:
        return token  # type: ignore[no-any-return]
    app = request_app()  # current_app without its proxy
    config = app.config
    secret = config.get("WTF_CSRF_SECRET_KEY", app.secret_key)
    raw = request_session().get(FIELD)
    if not secret or config.get("WTF_CSRF_FIELD_NAME", FIELD) != FIELD or type(raw) is not str:
        return generate_csrf()  # type: ignore[no-any-return]
    made = _serializers.get(secret)
    if made is None:
        serializer = URLSafeTimedSerializer(secret, salt=SALT)
        signer = serializer.make_signer(SALT)
        made = _serializers[secret] = (serializer, signer, _prepared_mac(signer))
    serializer, signer, mac = made
    key = (secret, raw)
    payload = _payloads.get(key)
    if payload is None:
        payload = serializer.dump_payload(raw)
        _payloads.put(key, payload)
    token = _sign(signer, mac, payload)
    setattr(kept, FIELD, token)
    return token


def _is_flask_wtf_processor(func: Any) -> bool:
    """Flask-WTF's ``lambda: {"csrf_token": generate_csrf, "csrf_meta_tag": csrf_meta_tag}``."""
    if getattr(func, "__module__", None) != "flask_wtf.csrf":
        return False
    names = func()  # a dict of two functions; needs no request
    return isinstance(names, dict) and set(names) <= {FIELD, "csrf_meta_tag"}


def init_app(app: Flask) -> None:
    """Templates' ``csrf_token()`` is this one (after CSRFProtect registered its own)."""
    app.jinja_env.globals["csrf_token"] = csrf_token
    processors = app.template_context_processors[None]
    kept = [func for func in processors if not _is_flask_wtf_processor(func)]
    if len(kept) == len(processors):  # a Flask-WTF that no longer registers it: nothing shadows
        return
    processors[:] = kept
