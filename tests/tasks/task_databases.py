"""``@BOTH``: run a task test on a SQLite file and on PostgreSQL (``database`` fixture,
tests/tasks/conftest.py; the PostgreSQL case skips unless DATABASE_URL_TEST is set)."""

from __future__ import annotations

import pytest

BOTH = pytest.mark.parametrize(
    "database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
