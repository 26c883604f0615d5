"""Fixtures for the task tests: the app on a fresh database — a SQLite file by default, or a new
database on the test PostgreSQL server for tests parametrized with ``database="postgresql"``
(skipped unless DATABASE_URL_TEST is set, as scripts/test.sh does)."""

from __future__ import annotations

import pytest
from databases import fresh_database

from smartapp import create_app
from smartapp.db import dispose


@pytest.fixture
def database(request, tmp_path):
    """The URL of an empty database (dropped afterwards on PostgreSQL)."""
    with fresh_database(getattr(request, "param", "sqlite"), tmp_path) as url:
        yield url


@pytest.fixture
def app(database, tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
                      "INSTANCE_PATH": str(tmp_path), "DATABASE_URL": database})
    yield app

    dispose(app)
