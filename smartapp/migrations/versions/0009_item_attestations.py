"""item attestations: a clinician's answers to what the record could not show (issue 17)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 01:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_attestations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.String(length=64), nullable=False),
        sa.Column("patient_ref", sa.String(length=160), nullable=False),
        sa.Column("checklist_id", sa.String(length=120), nullable=False),
        sa.Column("checklist_version", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("engine_status", sa.String(length=16), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("author_ref", sa.String(length=200), nullable=False),
        sa.Column("actor", sa.String(length=512), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_item_attestations_run_id", "item_attestations", ["run_id"])


def downgrade() -> None:
    op.drop_index("ix_item_attestations_run_id", table_name="item_attestations")
    op.drop_table("item_attestations")
