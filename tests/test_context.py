"""smartapp.context reads Flask's private context variables to skip werkzeug's LocalProxy
(issue 19, stop 55). These tests pin that: they fail, naming what went missing, when a Flask
upgrade removes ``flask.globals._cv_app``/``_cv_request`` or the attributes read from its
contexts; and they check the fallback to the public proxies gives the same objects, so such an
upgrade costs speed, never correctness (issue 19, stop 56)."""

from __future__ import annotations

import importlib
from contextvars import ContextVar

import flask
import flask.globals
from flask import current_app, g, request, session

from smartapp import context, urls

HELPERS = {
    "request_g": g,
    "request_session": session,
    "request_app": current_app,
    "request_object": request,
}


def test_flask_still_has_the_private_context_variables():
    missing = [name for name in ("_cv_app", "_cv_request")
               if not isinstance(getattr(flask.globals, name, None), ContextVar)]  # fmt: skip
    assert not missing, (
        f"Flask {flask.__version__} has no context variable flask.globals.{missing}: "
        "smartapp.context falls back to the public proxies (correct, ~0.3 µs a read slower); "
        "find the new way to read the current context, or accept the fallback and drop this pin"
    )
    assert context.FAST


def test_flask_contexts_still_carry_what_the_fast_path_reads(app):
    with app.test_request_context("/"):
        app_ctx, request_ctx = flask.globals._cv_app.get(), flask.globals._cv_request.get()
        gone = [f"app context .{name}" for name in context.APP_CONTEXT_ATTRIBUTES
                if not hasattr(app_ctx, name)]  # fmt: skip
        gone += [f"request context .{name}" for name in context.REQUEST_CONTEXT_ATTRIBUTES
                 if not hasattr(request_ctx, name)]  # fmt: skip
        assert not gone, f"Flask {flask.__version__}: {gone} missing (smartapp.context)"


def _same_objects(app):
    """Each helper gives the object its proxy stands for, in and out of a request."""
    with app.test_request_context("/somewhere"):
        for name, proxy in HELPERS.items():
            assert getattr(context, name)() is proxy._get_current_object(), name
        assert context.request_or_none() is request._get_current_object()
        session["x"] = 1
        assert context.request_session()["x"] == 1 and session.accessed
        assert urls.url_for("static", filename="app.css") == flask.url_for(
            "static", filename="app.css")
    for name, proxy in HELPERS.items():  # outside a context: the proxy itself
        assert getattr(context, name)() is proxy, name
    assert context.request_or_none() is None
    with app.app_context():
        assert context.request_g() is g._get_current_object()
        assert context.request_app() is app
        assert context.request_or_none() is None


def test_the_fast_path_gives_the_proxies_objects(app):
    _same_objects(app)


def test_without_the_private_variables_the_proxies_serve(app, monkeypatch):
    monkeypatch.delattr(flask.globals, "_cv_app")
    monkeypatch.delattr(flask.globals, "_cv_request")
    try:
        fallback = importlib.reload(context)
        assert not fallback.FAST
        _same_objects(app)
    finally:
        monkeypatch.undo()
        importlib.reload(context)
    assert context.FAST


def test_a_context_of_another_shape_falls_back_to_the_proxies(app, monkeypatch):
    class Bare:  # a context that carries none of the attributes the fast path reads
        pass

    with app.test_request_context("/"):
        expected = {name: proxy._get_current_object() for name, proxy in HELPERS.items()}
        monkeypatch.setattr(context, "_cv_app", ContextVar("bare_app"))
        monkeypatch.setattr(context, "_cv_request", ContextVar("bare_request"))
        context._cv_app.set(Bare())
        context._cv_request.set(Bare())
        for name in HELPERS:
            assert getattr(context, name)() is expected[name], name
        assert context.request_or_none() is expected["request_object"]
