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
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import Flask, has_request_context, request
from flask.sessions import SecureCookieSessionInterface

from ..errors import ConfigError
from .hosts import is_loopback

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
