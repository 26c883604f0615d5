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

Templates: ``CSRFProtect.init_app`` puts ``generate_csrf`` in the Jinja globals *and* registers a
context processor returning it, and a context processor's names win over the globals in every
``render_template`` context; so :func:`init_app` removes that processor (the globals already
hold both of its names) rather than only replacing the global (fifteenth pass).
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_wtf.csrf import generate_csrf
from itsdangerous import URLSafeTimedSerializer

from .bounded import BoundedStore
from .context import request_app, request_g, request_session

FIELD = "csrf_token"
SALT = "wtf-csrf-token"  # Flask-WTF's
#: Sessions whose serialised raw token is kept per worker (~100 bytes each).
MAX_PAYLOADS = 4096
_payloads: BoundedStore[tuple[Any, str], bytes] = BoundedStore(MAX_PAYLOADS)
_serializers: dict[Any, tuple[URLSafeTimedSerializer, Any]] = {}


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
        made = _serializers[secret] = (serializer, serializer.make_signer(SALT))
    serializer, signer = made
    key = (secret, raw)
    payload = _payloads.get(key)
    if payload is None:
        payload = serializer.dump_payload(raw)
        _payloads.put(key, payload)
    token = signer.sign(payload).decode("utf-8")
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
