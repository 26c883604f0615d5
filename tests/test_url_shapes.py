"""smartapp.urls.url_for (issue 19): each link shape built by Flask once, then filled in -- the
same URL as Flask's url_for for numbers, texts, relative endpoints, script roots, braces in a
static file's name, and Flask's own answer for what it does not shape."""

from __future__ import annotations

import pytest
from flask import url_for as flask_url_for

from smartapp import create_app, urls

CALLS = [
    ("reports.worklist", {}),
    ("reports.request_page", {"request_id": 7}),
    ("reports.request_page", {"request_id": 0}),
    ("reports.request_page", {"request_id": 123456, "report_id": 9}),
    ("reports.saved_export", {"request_id": 3, "report_id": 44, "kind": "pdf"}),
    ("reports.saved_export", {"kind": "json", "report_id": 44, "request_id": 3}),
    ("static", {"filename": "css/app.css"}),
    ("static", {"filename": "odd {0} name}{.css"}),
    (".request_page", {"request_id": 5}),
    ("reports.request_page", {"request_id": -1}),  # not shaped: Flask's
    ("reports.request_page", {"request_id": 5, "_anchor": "comments"}),
    ("reports.request_page", {"request_id": 5, "_external": True}),
    ("reports.worklist", {"page": 2, "status": "open"}),
    ("reports.worklist", {"flag": True}),
]


@pytest.mark.parametrize("root", ["", "/pa", "/p{x}"])
def test_the_same_urls_as_flask(root):
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "DATABASE_URL": "sqlite://"})
    urls._shapes.clear()
    with app.test_request_context("/requests/1", environ_overrides={"SCRIPT_NAME": root}):
        for _ in range(2):  # the first call shapes, the second fills the shape in
            for endpoint, values in CALLS:
                assert urls.url_for(endpoint, **values) == flask_url_for(endpoint, **values)
    shaped = {key[2] for key, found in urls._shapes.items() if found is not None}
    assert {"reports.request_page", "reports.saved_export", "static", ".request_page"} <= shaped


def test_outside_a_request_flask_builds_it():
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "DATABASE_URL": "sqlite://",
                      "SERVER_NAME": "app.test"})  # fmt: skip
    with app.app_context():
        assert urls.url_for("reports.request_page", request_id=3) == "http://app.test/requests/3"
