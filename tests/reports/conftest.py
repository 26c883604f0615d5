"""Offline fixtures for saved reports and the worklist: the app on a temporary SQLite file and
the ``actors`` that create sessions and finished runs in it (see report_actors.py)."""

from __future__ import annotations

import pytest
from report_actors import COORDINATOR, Actors

from smartapp import create_app


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
