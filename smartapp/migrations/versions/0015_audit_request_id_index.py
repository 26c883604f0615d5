"""audit trail by request, newest first: an index on (request_id, id) (issue 19, stop 46)

A request page lists its latest 21 audit events (``ORDER BY id DESC LIMIT 21``). The index on
(request_id, at) finds a request's events but not in id order, so both databases read every
event of the request and sorted them -- and every page view adds one, so a request's page grew
slower the more it was viewed. With this index they read the newest 21 entries and stop.
Measured (SQLite, bench/pages.py's database, ~32 events a request, the lists' statement alone):
~112 -> ~101 µs; the difference grows with a request's trail.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 13:10:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_request_id", "audit_events", ["request_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_request_id", table_name="audit_events")
