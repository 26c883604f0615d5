"""task claims: a check run's delivery count, lease and claim token (issue 16, smartapp.tasks)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 01:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_runs") as batch:
        batch.add_column(sa.Column("attempt", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("claimed_by", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("check_runs") as batch:
        batch.drop_column("claimed_by")
        batch.drop_column("lease_until")
        batch.drop_column("attempt")
