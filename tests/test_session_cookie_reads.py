"""The session cookie verified once a worker (smartapp/launch/cookies.py, issue 19): the same
session Flask's own interface reads, refused where Flask refuses it -- tampered, signed with
another key, past the session's lifetime (checked on every request, not only the first)."""

from __future__ import annotations

import time

import pytest
from flask import Flask, request
from flask.sessions import SecureCookieSessionInterface

from smartapp.launch import cookies


def _signed(app: Flask, data: dict) -> str:
    return SecureCookieSessionInterface().get_signing_serializer(app).dumps(data)  # type: ignore[union-attr]


def _opened(app: Flask, cookie: str) -> dict:
    with app.test_request_context("/", headers={"Cookie": f"session={cookie}"}):
        return dict(app.session_interface.open_session(app, request))


@pytest.fixture(autouse=True)
def _empty_store():
    cookies._verified.clear()
    yield
    cookies._verified.clear()


def test_a_cookie_read_again_gives_the_same_session_as_flask(app):
    data = {"sid": "abc", "csrf_token": "t0k", "nested": {"a": [1, 2]}}
    cookie = _signed(app, data)
    first, again = _opened(app, cookie), _opened(app, cookie)
    assert first == again == data
    first["nested"]["a"].append(3)  # each request decodes its own copy
    assert _opened(app, cookie) == data
    assert len(cookies._verified) == 1


def test_tampered_and_foreign_cookies_are_refused(app):
    cookie = _signed(app, {"sid": "abc"})
    payload, stamp, signature = cookie.rsplit(".", 2)
    assert _opened(app, f"{payload}.{stamp}.{signature[:-2]}xx") == {}
    other = Flask("other")
    other.secret_key = "another-secret"
    assert _opened(app, _signed(other, {"sid": "abc"})) == {}
    assert len(cookies._verified) == 0


def test_a_kept_cookie_expires_with_the_session(app, monkeypatch):
    cookie = _signed(app, {"sid": "abc"})
    assert _opened(app, cookie) == {"sid": "abc"}  # verified and kept
    lifetime = int(app.permanent_session_lifetime.total_seconds())
    now = time.time()
    monkeypatch.setattr(cookies.time, "time", lambda: now + lifetime + 5)
    assert _opened(app, cookie) == {}
    monkeypatch.setattr(cookies.time, "time", lambda: now - 3600)  # signed "in the future"
    assert _opened(app, cookie) == {}


def test_a_rotated_key_does_not_reuse_what_the_old_one_verified(app):
    cookie = _signed(app, {"sid": "abc"})
    assert _opened(app, cookie) == {"sid": "abc"}
    app.secret_key = "rotated"
    assert _opened(app, cookie) == {}
    app.config["SECRET_KEY_FALLBACKS"] = ["test-secret"]
    assert _opened(app, cookie) == {"sid": "abc"}
