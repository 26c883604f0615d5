"""Browser-facing hardening: CSRF on every POST, Content-Security-Policy, no caching of PHI.

- CSRF: Flask-WTF's ``CSRFProtect`` checks a per-session token on every POST/PUT/PATCH/DELETE;
  forms carry it as ``csrf_token``, the progress script sends it as ``X-CSRFToken``.
- CSP: scripts and styles only from this app (no inline scripts anywhere, so an injected
  ``<script>`` in a note can never run); ``frame-ancestors`` lists the EHR origins from launch.json
  (the app runs inside Epic Hyperspace / Cerner PowerChart frames) except in ``top-level`` cookie
  mode (never framed by an EHR: ``'self'`` only); ``FRAME_ANCESTORS`` adds origins in every mode.
- X-Frame-Options, for embedded browsers too old for CSP ``frame-ancestors``: it can name no
  origin but the app's own (``ALLOW-FROM`` takes one origin and today's browsers ignore it), so
  it is sent — ``SAMEORIGIN`` — exactly when the policy is ``'self'`` alone. When EHR origins may
  frame the app, no X-Frame-Options is sent: ``SAMEORIGIN`` would break the EHR frame in those old
  browsers, and CSP-aware browsers ignore X-Frame-Options whenever ``frame-ancestors`` is set.
- Pages show patient data, so responses are ``Cache-Control: no-store``, and no referrer leaves
  the app (the callback URL carries an authorization code).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask
from flask_wtf.csrf import CSRFProtect
from werkzeug.wrappers import Response

from . import csrf_token
from .context import request_object

csrf = CSRFProtect()


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of ``url``."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def frame_ancestors(app: Flask) -> list[str]:
    """Origins allowed to frame the app: itself, every registered EHR's origin (not in top-level
    cookie mode), then configured extras."""
    from .launch import registry

    with app.app_context():
        origins = ["'self'"]
        framed_by_ehrs = app.config.get("COOKIE_MODE") != "top-level"
        for server in registry().values() if framed_by_ehrs else ():
            if origin_of(server.iss) not in origins:
                origins.append(origin_of(server.iss))
        for extra in app.config.get("FRAME_ANCESTORS", []):
            if extra not in origins:
                origins.append(extra)
    return origins


def content_security_policy(ancestors: list[str]) -> str:
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            f"frame-ancestors {' '.join(ancestors)}",
        ]
    )


def init_app(app: Flask) -> None:
    """Turn on CSRF checks and the security headers for every response."""
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", 8 * 3600)  # a clinic shift, not an hour
    # The app is framed by the EHR (another site): Flask-WTF's Referer check breaks there.
    app.config.setdefault("WTF_CSRF_SSL_STRICT", False)
    csrf.init_app(app)
    csrf_token.init_app(app)  # the same token as Flask-WTF's, signed with less work
    ancestors = frame_ancestors(app)
    policy = content_security_policy(ancestors)
    frame_options = "SAMEORIGIN" if ancestors == ["'self'"] else None

    # The headers every response gets unless it set its own, in this order.
    always = [("Content-Security-Policy", policy)]
    if frame_options:
        always.append(("X-Frame-Options", frame_options))
    always += [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer")]
    # CSS/JS may be cached; pages with PHI may not.
    pages = [*always, ("Cache-Control", "no-store")]

    @app.after_request
    def _headers(response: Response) -> Response:
        # What setdefault gives, header by header, from one look at the response's names
        # (each setdefault of a header the response lacks raised and caught a KeyError).
        headers = response.headers
        present = {name.lower() for name, _ in headers}
        for name, value in pages if request_object().endpoint != "static" else always:
            if name.lower() not in present:
                headers.add(name, value)
        return response
