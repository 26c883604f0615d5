"""The request's ``g`` and session for the helpers a page view calls many times, without
werkzeug's LocalProxy (issue 19, stop 55).

``flask.g`` and ``flask.session`` are proxies: each read goes through werkzeug's
``_ProxyLookup`` (the context variable read, then a bound method built for the call), ~0.4 µs
where the object's own method costs ~0.1. The people's names, the launched session's check, the
request's connection and the CSRF token are asked for ~80 times a worklist or request page
view, so they read the context variable once and use the object itself: the same object the
proxy stands for (the session's ``accessed`` flag set the same way). Outside a context each
helper gives the proxy itself, which behaves there as it always did (false; an error on use).
"""

from __future__ import annotations

from typing import Any

from flask import g, session
from flask.globals import _cv_app, _cv_request


def request_g() -> Any:
    """What ``flask.g`` stands for: the app context's ``g`` (else the proxy)."""
    ctx = _cv_app.get(None)
    return g if ctx is None else ctx.g


def request_session() -> Any:
    """What ``flask.session`` stands for: the request context's session (else the proxy)."""
    ctx = _cv_request.get(None)
    return session if ctx is None else ctx.session
