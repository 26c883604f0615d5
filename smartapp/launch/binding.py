"""Bind each launch to the browser that started it (login CSRF, RFC 9700 §4.7.1).

``state`` alone proves that *some* browser started the launch, not that *this* one did: an
attacker could start a launch, stop at the EHR's redirect back, and send the victim the callback
link — the victim would be signed in as the attacker, on the attacker's patient. So the browser
that starts a launch gets a random pre-authorization cookie (``smartapp_launch``), the pending
launch stores its SHA-256, and the callback is refused unless the same cookie comes back.

The cookie has the session cookie's attributes (``COOKIE_MODE``: SameSite, Secure,
Partitioned), so it travels wherever the session cookie does, framed by the EHR or not. One value
serves every launch the browser starts while it lives (two tabs launching at once both work).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from flask import current_app, request
from werkzeug.wrappers import Response

from .. import lazy_re
from .cookies import cookie_secure

COOKIE_NAME = "smartapp_launch"
#: Longer than a launch may take (views.STATE_LIFETIME), renewed by every launch.
COOKIE_SECONDS = 15 * 60
_VALUE = lazy_re.compile(r"[A-Za-z0-9_-]{43}")


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("ascii")).hexdigest()


def browser_value() -> str:
    """This browser's binding value: the cookie it sent, or a new one (set by :func:`remember`)."""
    sent = request.cookies.get(COOKIE_NAME, "")
    return sent if _VALUE.fullmatch(sent) else secrets.token_urlsafe(32)


def binding_of(value: str) -> str:
    """What the pending launch stores: the value's hash (the cookie itself stays in the browser)."""
    return _digest(value)


def remember(response: Response, value: str) -> Response:
    """Set (or renew) the binding cookie on the response that sends the browser to the EHR."""
    config = current_app.config
    response.set_cookie(
        COOKIE_NAME,
        value,
        max_age=COOKIE_SECONDS,
        path="/",
        secure=cookie_secure(current_app._get_current_object()),  # type: ignore[attr-defined]
        httponly=True,
        samesite=config.get("SESSION_COOKIE_SAMESITE"),
        partitioned=bool(config.get("SESSION_COOKIE_PARTITIONED")),
    )
    return response


def same_browser(stored: str | None) -> bool:
    """True when this request carries the cookie whose hash the pending launch stored."""
    sent = request.cookies.get(COOKIE_NAME, "")
    if not stored or not _VALUE.fullmatch(sent):
        return False
    return hmac.compare_digest(_digest(sent), stored)
