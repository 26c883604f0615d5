"""bench/load.py's seeding and signed session cookie (the wrk run itself is run by hand)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from smartapp import create_app
from smartapp.db import dispose, session_factory
from smartapp.models import RenderedReport

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import load
import load_minimal
import load_seed


def test_seeded_requests_open_for_the_bench_coordinator_cookie(tmp_path):
    settings = load.app_settings(f"sqlite:///{tmp_path / 'seeded.sqlite3'}")
    app = create_app({**settings, "INSTANCE_PATH": str(tmp_path / "instance")})
    seeded = load_seed.seed(app, requests=12, patients=3)
    assert len(set(seeded.request_ids)) == 12
    assert seeded.saved_reports > 12  # some requests were saved again (gapped → complete)
    with session_factory(app)() as db:  # each saver's page view stored the report's cards
        assert db.query(RenderedReport.report_id).distinct().count() == 12
    client = app.test_client()
    name, value = load.session_cookie(app, seeded.coordinator_sid).split("=", 1)
    client.set_cookie(name, value)
    assert "12 requests" in client.get("/worklist").text
    assert "12 requests." in client.get("/dashboard").text
    page = client.get(f"/requests/{seeded.request_ids[0]}")
    assert page.status_code == 200 and "Audit trail" in page.text
    # A returning browser: the page finds its CSRF secret in the cookie, so sets no new one.
    assert "Set-Cookie" not in page.headers
    dispose(app)


def test_the_yardstick_serves_each_stored_page_as_the_app_sent_it(tmp_path, monkeypatch):
    pages = {"/worklist?page=2": "<p>page two</p>", "/requests/7": "<p>request é</p>"}
    (tmp_path / "pages.json").write_text(json.dumps(pages))
    monkeypatch.setenv("BENCH_PAGES", str(tmp_path / "pages.json"))
    client = load_minimal.create_app().test_client()
    assert client.get("/worklist?page=2").data == b"<p>page two</p>"
    assert client.get("/requests/7").data == "<p>request é</p>".encode()
    assert client.get("/worklist").status_code == 404  # another query: not a stored page
