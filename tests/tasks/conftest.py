"""Fixtures for the task tests: the app on a fresh database — a SQLite file by default, or a new
database on the test PostgreSQL server for tests parametrized with ``database="postgresql"``
(skipped unless DATABASE_URL_TEST is set, as scripts/test.sh does)."""

from __future__ import annotations

import os
import secrets

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from smartapp import create_app


@pytest.fixture
def database(request, tmp_path):
    """The URL of an empty database (dropped afterwards on PostgreSQL)."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield f"sqlite:///{tmp_path / 'app.sqlite3'}"
        return
    server = os.environ.get("DATABASE_URL_TEST")
    if not server:
        pytest.skip("DATABASE_URL_TEST is not set (scripts/test.sh starts PostgreSQL)")
    name = f"smartapp_{secrets.token_hex(6)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def app(database, tmp_path):
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
                      "INSTANCE_PATH": str(tmp_path), "DATABASE_URL": database})
    yield app
    from smartapp.db import session_factory

    session_factory(app).kw["bind"].dispose()
