"""bench/load.py's yardstick: a minimal Flask app that serves the app's own pages as stored bytes.

Run under the same gunicorn settings and wrk load as the app, it shows what serving those pages
costs by itself (HTTP parsing, WSGI, Flask routing, writing the bytes), so the app's CPU per
request reads as a ratio of it (the headroom) -- a ratio that holds on a busy shared machine,
where absolute milliseconds do not. ``BENCH_PAGES`` names a JSON file: path with query → HTML.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from flask import Flask, Response, request


def create_app() -> Flask:
    """The yardstick app: every path answers with its stored page, as the app sent it."""
    stored = json.loads(Path(os.environ["BENCH_PAGES"]).read_text())
    pages = {path: html.encode() for path, html in stored.items()}
    app = Flask(__name__)

    @app.get("/")
    @app.get("/<path:_path>")
    def page(_path: str = "") -> Response:
        query = request.query_string.decode()
        body = pages.get(f"{request.path}?{query}" if query else request.path)
        if body is None:
            return Response("not stored", status=404)
        return Response(body, content_type="text/html; charset=utf-8")

    return app
