"""people: the display names of the users and ordering clinicians the app has met

Pages name people ("Dr. Ana Whitfield (clinician)") instead of showing the identities the
audit trail and the reports store. Existing rows need nothing: a name is learnt at the next
launch or check, and until then the page falls back to the identity's id.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("identity", sa.String(length=512), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("identity"),
    )


def downgrade() -> None:
    op.drop_table("people")
