"""worklist sort indexes: the update time, readiness (both ways) and patient orders (issue 19)

A worklist view is one page of 50 in a sort order. Without an index in that order SQLite scanned
and sorted every request (fifteen columns each) for every view, and PostgreSQL read the whole
table into a top-N sort; with one, both walk the first 50 entries of the index. Measured on
bench/load.py's 500 seeded requests (SQLite, the statement alone): the default order (update
time) ~290 -> ~140 µs, page 10 ~670 -> ~160 µs, readiness and patient orders ~240-310 -> ~130-180
µs. ``readiness_desc`` sorts readiness descending and the id ascending, which an ascending index
read backwards does not give (SQLite's partial sort of its right part was slower than no index),
so it has its own descending index. The status and service orders already lead with an indexed
column (0001, 0012).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 12:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None
#: name -> the index's columns, in the order of smartapp.reports.worklist.SORTS.
INDEXES = {
    "ix_requests_updated": ["updated_at", "id"],
    "ix_requests_readiness": ["readiness", "id"],
    "ix_requests_readiness_desc": [sa.desc(sa.column("readiness")), "id"],
    "ix_requests_patient": ["patient_name", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "tracked_requests", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="tracked_requests")
