"""hook token uses: the jti of each accepted CDS Hooks JWT until it expires (replay refusal)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 22:20:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hook_token_uses",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_hook_token_uses_expires_at", "hook_token_uses", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_hook_token_uses_expires_at", table_name="hook_token_uses")
    op.drop_table("hook_token_uses")
