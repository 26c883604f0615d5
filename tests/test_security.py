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
