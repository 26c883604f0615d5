"""worklist picker indexes: topic, service code and assignee of tracked requests (issue 19)

Every worklist and dashboard view lists the values in use for its filter pickers. Without an
index each list was a scan of the whole table (three per view: ~0.5 ms of SQLite on 500
requests, growing with the table); with one, smartapp.reports.pickers.facets steps from value
to value through the index.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 07:40:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None
COLUMNS = ("topic", "service_code", "assignee")


def upgrade() -> None:
    with op.batch_alter_table("tracked_requests") as batch:
        for column in COLUMNS:
            batch.create_index(f"ix_requests_{column}", [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tracked_requests") as batch:
        for column in COLUMNS:
            batch.drop_index(f"ix_requests_{column}")
