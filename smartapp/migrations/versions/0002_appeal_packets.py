"""appeal packets for denied requests

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appeal_packets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("packet", sa.JSON(), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("letter_edits", sa.JSON(), nullable=False),
        sa.Column("checklist_ticks", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=512), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["tracked_requests.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appeal_packets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appeal_packets_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appeal_packets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appeal_packets_request_id"))
    op.drop_table("appeal_packets")
