"""session limits and launch binding: when a session was last used, how long its access token
lasts, and which browser started each launch

``app_sessions.last_seen_at`` carries the idle limit (existing sessions get none: their next
request counts from their start, so two-month-old sessions end at once);
``app_sessions.token_lifetime`` sizes the refresh margin (None: the configured margin);
``launch_states.browser_binding`` is the hash of the cookie that binds a launch to the browser that
started it (launches in flight at the upgrade have none and are refused: start again).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("token_lifetime", sa.Integer(), nullable=True))
    with op.batch_alter_table("launch_states", schema=None) as batch_op:
        batch_op.add_column(sa.Column("browser_binding", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("launch_states", schema=None) as batch_op:
        batch_op.drop_column("browser_binding")
    with op.batch_alter_table("app_sessions", schema=None) as batch_op:
        batch_op.drop_column("token_lifetime")
        batch_op.drop_column("last_seen_at")
