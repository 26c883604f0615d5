"""Alembic environment: runs against the connection :func:`smartapp.db.upgrade` hands over.

SQLite cannot ALTER most things in place, so migrations render in batch mode (copy-and-move).
On PostgreSQL a transaction-scoped advisory lock serialises app workers that start together.
"""

from __future__ import annotations

from alembic import context

from smartapp.models import Base

#: Arbitrary constant naming "smartapp schema migration" among advisory locks.
MIGRATION_LOCK = 7_204_113


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        context.run_migrations()


run_migrations()
