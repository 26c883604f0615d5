"""SQLite connection settings the app relies on under several app workers."""

from __future__ import annotations

from sqlalchemy import text

from smartapp.db import make_engine


def test_sqlite_connections_use_wal_foreign_keys_and_normal_sync(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'pragmas.sqlite3'}")
    with engine.connect() as connection:
        # WAL lets readers go on during a write; synchronous=NORMAL (1) spares each commit's
        # fsync, which every audited page view pays; foreign keys are off unless asked for.
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()
