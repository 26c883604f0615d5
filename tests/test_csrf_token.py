"""The page's CSRF token (smartapp.csrf_token, issue 19): the very token Flask-WTF's generate_csrf
gives at the same second, accepted by its check, cached for the request where Flask-WTF caches
it, and Flask-WTF's own path where the session has no raw token yet."""

from __future__ import annotations

import time

import pytest
from flask import g, render_template_string, session
from flask_wtf.csrf import generate_csrf, validate_csrf

from smartapp import create_app
from smartapp import csrf_token as module
from smartapp.csrf_token import csrf_token


@pytest.fixture
def app(tmp_path):
    return create_app({"TESTING": True, "SECRET_KEY": "csrf-secret",
                       "DATABASE_URL": f"sqlite:///{tmp_path / 'csrf.sqlite3'}"})  # fmt: skip


def test_the_same_token_as_flask_wtf_at_the_same_second(app, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.25)
    for raw in ("a" * 40, "0123456789abcdef" * 2 + "01234567", '"<>&\\ x'):
        with app.test_request_context("/"):
            session["csrf_token"] = raw
            ours = csrf_token()
            assert g.csrf_token == ours and csrf_token() == ours  # cached for the request
        with app.test_request_context("/"):
            session["csrf_token"] = raw
            assert generate_csrf() == ours
            validate_csrf(ours)  # Flask-WTF's check takes it
    assert len([key for key in module._payloads if key[0] == "csrf-secret"]) == 3


def test_a_token_signed_later_carries_the_later_time(app, monkeypatch):
    tokens = []
    for now in (1_800_000_000.0, 1_800_000_007.0):
        monkeypatch.setattr(time, "time", lambda now=now: now)
        with app.test_request_context("/"):
            session["csrf_token"] = "b" * 40
            tokens.append(csrf_token())
            assert tokens[-1] == generate_csrf()
    assert tokens[0] != tokens[1] and tokens[0].split(".")[0] == tokens[1].split(".")[0]


def test_a_new_session_gets_its_raw_token_from_flask_wtf(app):
    with app.test_request_context("/"):
        assert "csrf_token" not in session
        token = csrf_token()
        assert session["csrf_token"] and token == g.csrf_token
        validate_csrf(token)


def test_templates_ask_this_function(app):
    assert app.jinja_env.globals["csrf_token"] is csrf_token


def test_rendered_templates_use_this_function_too(app, monkeypatch):
    # Flask-WTF's context processor once put generate_csrf back into every template's context.
    with app.test_request_context("/"):
        names: dict = {}
        app.update_template_context(names)
        assert names.get("csrf_token", csrf_token) is csrf_token
    calls = []
    monkeypatch.setattr("flask_wtf.csrf.generate_csrf", lambda: calls.append(1) or "flask-wtf")
    with app.test_request_context("/"):
        session["csrf_token"] = "c" * 40
        token = render_template_string("{{ csrf_token() }}")
        assert token == csrf_token() and not calls
        validate_csrf(token)


def test_the_signature_uses_an_hmac_prepared_once_per_secret(app, monkeypatch):
    # The derived key's HMAC is set up once per secret and copied for each signature (issue 19,
    # stop 59): the signer's own derive_key is not asked again, and the token is the signer's.
    with app.test_request_context("/"):
        session["csrf_token"] = "d" * 40
        csrf_token()
    serializer, signer, mac = module._serializers["csrf-secret"]
    assert mac is not None
    asked = []
    monkeypatch.setattr(type(signer), "derive_key", lambda *a: asked.append(1) or b"")
    for now in (1_800_000_000.0, 1_800_000_001.0, 1_800_003_600.0):
        monkeypatch.setattr(time, "time", lambda now=now: now)
        payload = serializer.dump_payload("e" * 40)
        ours = module._sign(signer, mac, payload)
        monkeypatch.undo()
        monkeypatch.setattr(time, "time", lambda now=now: now)
        assert ours == signer.sign(payload).decode()
        monkeypatch.setattr(type(signer), "derive_key", lambda *a: asked.append(1) or b"")
    assert module._sign(signer, mac, b"x").count(".") == 2 and asked == []


def test_a_signer_of_another_kind_signs_as_before(app):
    from itsdangerous import Signer
    from itsdangerous.timed import TimestampSigner

    assert module._prepared_mac(Signer("k", salt="s")) is None  # no time: not this shape
    sha256 = TimestampSigner("k", salt="s", digest_method=__import__("hashlib").sha256)
    mac = module._prepared_mac(sha256)  # another digest: prepared for it, or None
    payload = b"p"
    assert module._sign(sha256, mac, payload).rsplit(".", 1)[0] == \
        sha256.sign(payload).decode().rsplit(".", 1)[0]  # fmt: skip
    assert module._sign(sha256, mac, payload) == sha256.sign(payload).decode()
    sha256.unsign(module._sign(sha256, mac, payload))  # its own check takes it
