"""Shared fixtures: the app with a temporary SQLite file, its test client and CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartapp import create_app

pytest_plugins = ["sandbox_peer"]


@pytest.fixture
def app(tmp_path: Path):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "COOKIE_MODE": "local-http",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'test.sqlite3'}",
        }
    )
    yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()
