"""Security headers on every page: CSP without inline scripts, framing by registered EHRs only."""

from __future__ import annotations

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def test_pages_carry_a_strict_csp_and_no_store(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    assert "object-src 'none'" in policy and "form-action 'self'" in policy
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_frame_ancestors_are_the_registered_ehr_origins(client):
    ancestors = client.get("/").headers["Content-Security-Policy"].split("frame-ancestors ")[1]
    assert "'self'" in ancestors
    assert "https://fhir.epic.com" in ancestors
    assert "https://fhir-ehr-code.cerner.com" in ancestors
    assert "http://127.0.0.1:9090" in ancestors  # the local sandbox EHR
    assert "*" not in ancestors


def test_frame_ancestors_take_configured_extras(tmp_path):
    from smartapp import create_app

    app = create_app({"TESTING": True, "SECRET_KEY": "x",
                      "DATABASE_URL": f"sqlite:///{tmp_path / 'a.sqlite3'}",
                      "FRAME_ANCESTORS": ["https://ehr.example.org"]})
    policy = app.test_client().get("/").headers["Content-Security-Policy"]
    assert "https://ehr.example.org" in policy


def test_static_files_may_be_cached(client):
    response = client.get("/static/css/app.css")
    response.close()  # static files are streamed: close the file
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_no_template_has_an_inline_script_or_handler():
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text()
        for opening in text.split("<script")[1:]:
            assert opening.split(">")[0].strip().startswith("src="), template
        assert " onclick=" not in text and " onload=" not in text, template


def test_unknown_pages_get_the_error_page(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404 and "Support reference" in response.text


def make(tmp_path, **config):
    from smartapp import create_app

    return create_app({"TESTING": True, "SECRET_KEY": "x",
                       "DATABASE_URL": f"sqlite:///{tmp_path / 'a.sqlite3'}", **config})


def test_x_frame_options_is_sent_where_it_can_say_the_same_as_csp(tmp_path):
    """Issue 20 #11: X-Frame-Options names no origin but the app's own, so SAMEORIGIN goes out
    exactly when frame-ancestors is 'self' alone (top-level mode); when EHRs may frame the app
    (embedded) it is left out rather than break the EHR frame in browsers without CSP2."""
    top = make(tmp_path, COOKIE_MODE="top-level").test_client().get("/")
    assert top.headers["Content-Security-Policy"].endswith("frame-ancestors 'self'")
    assert top.headers["X-Frame-Options"] == "SAMEORIGIN"
    embedded = make(tmp_path, COOKIE_MODE="embedded").test_client().get("/")
    assert "https://fhir.epic.com" in embedded.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in embedded.headers
    extra = make(tmp_path, COOKIE_MODE="top-level", FRAME_ANCESTORS=["https://portal.example"])
    response = extra.test_client().get("/")
    assert "https://portal.example" in response.headers["Content-Security-Policy"]
    assert "X-Frame-Options" not in response.headers


def _cookie_for(app, base_url: str) -> str:
    @app.get("/_set")
    def _set():
        from flask import session

        session["sid"] = "opaque"
        return "ok"

    return app.test_client().get("/_set", base_url=base_url).headers["Set-Cookie"]


def test_local_http_drops_secure_only_for_loopback_hosts(tmp_path):
    """Issue 20 #11: a local-http deployment reached by a real host name still gets Secure."""
    for base, secure in (("http://127.0.0.1:5000", False), ("http://localhost", False),
                         ("http://[::1]:8080", False), ("http://pa.example.org", True),
                         ("http://10.0.0.5:5000", True)):  # fmt: skip
        cookie = _cookie_for(make(tmp_path, COOKIE_MODE="local-http"), base)
        assert ("; Secure" in cookie) is secure, (base, cookie)


def test_local_http_with_a_public_address_stops_start_up(tmp_path):
    import pytest

    from smartapp.errors import ConfigError

    with pytest.raises(ConfigError, match=r"local-http .* loopback addresses only"):
        make(tmp_path, COOKIE_MODE="local-http", PUBLIC_URL="https://pa.example.org")
    assert make(tmp_path, COOKIE_MODE="local-http", PUBLIC_URL="http://127.0.0.1:5000")
