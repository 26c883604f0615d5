"""Offline fixtures for saved reports and the worklist: the app on a temporary SQLite file, the
``actors`` that create sessions and finished runs in it (see report_actors.py), and ``db``, a
session on an empty database of each backend (tests/databases.py) for statement-level tests."""

from __future__ import annotations

import pytest
from databases import BACKENDS, fresh_database
from report_actors import COORDINATOR, Actors

from smartapp import create_app
from smartapp.db import dispose, session_factory


@pytest.fixture
def app(tmp_path):
    return create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'reports.sqlite3'}",
        "COORDINATORS": {"sandbox-plain": [COORDINATOR]},
    })


@pytest.fixture
def actors(app):
    return Actors(app)


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url})
        with session_factory(app)() as session:
            yield session
        dispose(app)
