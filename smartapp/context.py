"""The request's ``g``, session, app and request for the helpers a page view calls many times,
without werkzeug's LocalProxy (issue 19, stop 55).

``flask.g``, ``flask.session``, ``flask.current_app`` and ``flask.request`` are proxies: each
read goes through werkzeug's ``_ProxyLookup`` (the context variable read, then a bound method
built for the call), ~0.4 µs where the object's own method costs ~0.1. The people's names, the
launched session's check, the request's connection and the CSRF token are asked for ~80 times a
worklist or request page view, so they read the context variable once and use the object
itself: the same object the proxy stands for (the session's ``accessed`` flag set the same
way). Outside a context each helper gives the proxy itself, which behaves there as it always did
(false; an error on use).

The context variables are Flask's private ``flask.globals._cv_app`` and ``_cv_request`` (Flask
2.3-3.1). A Flask without them makes :data:`FAST` false and every helper reads the public
proxy instead; a context that no longer carries ``g``/``app`` or ``session``/``request`` as
attributes sends that read to the proxy too: slower, the same objects (issue 19, stop 56).
tests/test_context.py fails, naming what went missing, when an upgrade takes that path.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from flask import current_app, g, request, session

try:
    from flask.globals import _cv_app, _cv_request
except ImportError:  # a Flask without them: the public proxies below
    _cv_app = _cv_request = None  # type: ignore[assignment]

#: What the fast path needs of Flask's contexts (checked by tests/test_context.py).
APP_CONTEXT_ATTRIBUTES = ("g", "app")
REQUEST_CONTEXT_ATTRIBUTES = ("session", "request")


def _has_context_vars() -> bool:
    """Whether Flask's private context variables are there, as context variables."""
    return isinstance(_cv_app, ContextVar) and isinstance(_cv_request, ContextVar)


#: True when the helpers read Flask's context variables; False: the public proxies.
FAST = _has_context_vars()


def _public_or_proxy(proxy: Any) -> Any:
    """The object ``proxy`` stands for in a context, else the proxy itself (the fallback)."""
    try:
        return proxy._get_current_object()
    except RuntimeError:  # outside a context: the proxy behaves as it always did there
        return proxy


def _context_attr(var: Any, name: str, proxy: Any) -> Any:
    """The object ``proxy`` stands for, read as attribute ``name`` of the context in ``var``:
    the proxy itself outside a context, the public proxy when the private variables are gone or
    the context is of another shape (the proxy knows it)."""
    if not FAST:
        return _public_or_proxy(proxy)
    ctx = var.get(None)
    if ctx is None:
        return proxy
    try:
        return getattr(ctx, name)
    except AttributeError:
        return _public_or_proxy(proxy)


def request_g() -> Any:
    """What ``flask.g`` stands for: the app context's ``g`` (else the proxy)."""
    return _context_attr(_cv_app, "g", g)


def request_session() -> Any:
    """What ``flask.session`` stands for: the request context's session (else the proxy)."""
    return _context_attr(_cv_request, "session", session)


def request_app() -> Any:
    """What ``flask.current_app`` stands for: the app context's app (else the proxy)."""
    return _context_attr(_cv_app, "app", current_app)


def request_object() -> Any:
    """What ``flask.request`` stands for: the request context's request (else the proxy)."""
    return _context_attr(_cv_request, "request", request)
    ctx = _cv_request.get(None)
    if ctx is None:
        return request
    try:
        return ctx.request
    except AttributeError:  # a context of another shape: the proxy knows it
        return _public_or_proxy(request)


def request_or_none() -> Any:
    """The request object of the request context, or None outside one."""
    if FAST:
        ctx = _cv_request.get(None)
        if ctx is None:
            return None
        try:
            return ctx.request
        except AttributeError:  # a context of another shape: the proxy knows it
            pass
    try:
        return request._get_current_object()  # type: ignore[attr-defined]
    except RuntimeError:
        return None
