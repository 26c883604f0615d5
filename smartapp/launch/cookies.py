"""The session cookie's attributes, chosen by one setting: ``COOKIE_MODE`` (env
``SMARTAPP_COOKIE_MODE``). The cookie only ever carries the opaque launched-session id.

- ``embedded`` (default): ``SameSite=None; Secure; Partitioned; HttpOnly``. An EHR frames the app
  (Epic Hyperspace, Oracle PowerChart), so the cookie is a third-party cookie: it needs
  SameSite=None + Secure to be sent at all, and ``Partitioned`` (CHIPS) to survive browsers that
  block unpartitioned third-party cookies (Chromium does; the browser tests show it). Browsers
  accept Secure cookies from ``http://127.0.0.1``/``localhost``, so the local demo works too.
- ``top-level``: ``SameSite=Lax; Secure; HttpOnly``, for deployments never framed by an EHR.
- ``local-http``: ``SameSite=Lax; HttpOnly`` without Secure, for plain-http clients that refuse to
  send Secure cookies over http (scripted tests with ``requests``). Never in production.
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from ..errors import ConfigError

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
    app.config.update(COOKIE_MODES[mode], SESSION_COOKIE_HTTPONLY=True)
