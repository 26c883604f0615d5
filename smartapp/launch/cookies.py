"""The session cookie's attributes, chosen by one setting: ``COOKIE_MODE`` (env
``SMARTAPP_COOKIE_MODE``). The cookie only ever carries the opaque launched-session id.

- ``embedded`` (default): ``SameSite=None; Secure; Partitioned; HttpOnly``. An EHR frames the app
  (Epic Hyperspace, Oracle PowerChart), so the cookie is a third-party cookie: it needs
  SameSite=None + Secure to be sent at all, and ``Partitioned`` (CHIPS) to survive browsers that
  block unpartitioned third-party cookies (Chromium does; the browser tests show it). Browsers
  accept Secure cookies from ``http://127.0.0.1``/``localhost``, so the local demo works too.
- ``top-level``: ``SameSite=Lax; Secure; HttpOnly``, for deployments never framed by an EHR.
- ``local-http``: ``SameSite=Lax; HttpOnly`` without Secure, for plain-http clients that refuse to
  send Secure cookies over http (scripted tests with ``requests``). Never in production: Secure is
  left off only for a loopback host (127.0.0.0/8, ``localhost``, ``::1``); a request to any other
  host gets Secure cookies anyway, and a non-loopback ``PUBLIC_URL`` stops start-up.

Reading the cookie (issue 19, fourteenth pass): Flask builds a serializer and verifies the
cookie's signature on every request, ~5 % of a page's CPU, though a browser sends the same cookie
on page after page. A worker keeps the cookies it has verified (:data:`MAX_COOKIES`, keyed by the
secret keys too) with the time each was signed, and checks that time against the session's
lifetime on every request exactly as itsdangerous does; a cookie never verified is verified.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Request, has_request_context, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from itsdangerous import BadSignature, URLSafeTimedSerializer

from ..bounded import BoundedStore
from ..errors import ConfigError
from .hosts import is_loopback

#: Verified session cookies a worker keeps (~0.5 KB each): (keys, cookie) -> (signed at, the
#: session's data if flat, else the cookie's payload part).
MAX_COOKIES = 4096
_verified: BoundedStore[tuple[Any, str], tuple[int, Any]] = BoundedStore(MAX_COOKIES)
_serializers: dict[Any, URLSafeTimedSerializer] = {}
_FLAT = (str, int, float, bool, type(None))

COOKIE_MODES: dict[str, dict[str, Any]] = {
    "embedded": {
        "SESSION_COOKIE_SAMESITE": "None",
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_PARTITIONED": True,
    },
    "top-level": {
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_PARTITIONED": False,
    },
    "local-http": {
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": False,
        "SESSION_COOKIE_PARTITIONED": False,
    },
}


def apply_cookie_mode(app: Flask) -> None:
    """Set the session cookie attributes for ``COOKIE_MODE``; ConfigError when it is unknown."""
    mode = app.config.get("COOKIE_MODE") or "embedded"
    if mode not in COOKIE_MODES:
        raise ConfigError(
            f"setting COOKIE_MODE must be one of {', '.join(COOKIE_MODES)} (got {mode!r})"
        )
    public_url = app.config.get("PUBLIC_URL")
    if mode == "local-http" and public_url and not is_loopback(urlsplit(public_url).netloc):
        raise ConfigError(
            "setting COOKIE_MODE local-http sends cookies without Secure and is for loopback "
            f"addresses only, but PUBLIC_URL is {public_url!r}: use embedded or top-level"
        )
    app.config.update(COOKIE_MODES[mode], SESSION_COOKIE_HTTPONLY=True)
    app.session_interface = _ModeSessionInterface()


def cookie_secure(app: Flask) -> bool:
    """Whether this response's cookies carry ``Secure`` (the session and launch-binding cookie):
    always, except in ``local-http`` mode for a request to a loopback host."""
    if app.config.get("SESSION_COOKIE_SECURE"):
        return True
    return not (has_request_context() and is_loopback(request.host))


class _ModeSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session, with Secure decided per request by :func:`cookie_secure`."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return cookie_secure(app)

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """Flask's serializer, made once per secret key (and fallbacks) rather than per call."""
        if not app.secret_key:
            return None
        keys = (app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ()))
        made = _serializers.get(keys)
        if made is None:
            made = _serializers[keys] = super().get_signing_serializer(app)  # type: ignore[assignment]
        return made

    def save_session(self, app: Flask, session: Any, response: Any) -> None:
        """Flask's, with its commonest case first: a session neither emptied nor to be sent
        again (a page that changed nothing in it) gets only its ``Vary: Cookie`` header, without
        the seven cookie attributes Flask reads first for the cases that set or delete the
        cookie (Secure from the request's host in ``local-http`` mode; issue 19, stop 55)."""
        if session and not self.should_set_cookie(app, session):
            if session.accessed:
                response.vary.add("Cookie")
            return
        super().save_session(app, session, response)

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        """Flask's session from the cookie, verifying each distinct cookie once a worker."""
        serializer = self.get_signing_serializer(app)
        cookie = request.cookies.get(self.get_cookie_name(app))
        if serializer is None or not cookie:
            return super().open_session(app, request)
        max_age = int(app.permanent_session_lifetime.total_seconds())
        key = ((app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ())), cookie)
        kept = _verified.get(key)
        if kept is None:
            try:
                data, signed = serializer.loads(cookie, max_age=max_age, return_timestamp=True)
            except BadSignature:  # tampered, signed with another key, or expired
                return self.session_class()
            # A flat session (the launched session's id, the CSRF secret) is kept decoded: the
            # session class copies it, so no request shares it. Else the cookie's payload part
            # (itsdangerous's format: payload.timestamp.signature), decoded on every request.
            flat = type(data) is dict and all(type(v) in _FLAT for v in data.values())
            kept = (int(signed.timestamp()), dict(data) if flat else cookie.rsplit(".", 2)[0])
            _verified.put(key, kept)
        age = int(time.time()) - kept[0]  # itsdangerous's own test (TimestampSigner.unsign)
        if age > max_age or age < 0:
            _verified.discard(key)
            return self.session_class()
        found = kept[1]
        if type(found) is dict:
            return self.session_class(found)
        return self.session_class(serializer.load_payload(found.encode()))
