"""A fresh database per test: a SQLite file, or a new database on the test PostgreSQL server
(``DATABASE_URL_TEST``, started by scripts/test.sh). Shared by the report tests (``BACKENDS``)
and the task tests' ``database`` fixture (tests/tasks/conftest.py)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@contextmanager
def fresh_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """Yield the URL of an empty database of ``backend``; dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite3'}"
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


@contextmanager
def listening(app, name: str, listener) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """``listener`` on every engine of ``app`` for the block (the main one and, on PostgreSQL,
    the autocommit one its read-only pages use: smartapp.db.engines)."""
    from sqlalchemy import event

    from smartapp.db import engines

    found = engines(app)
    for engine in found:
        event.listen(engine, name, listener)
    try:
        yield
    finally:
        for engine in found:
            event.remove(engine, name, listener)
