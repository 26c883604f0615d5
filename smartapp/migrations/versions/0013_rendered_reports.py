"""rendered reports: a saved version's item cards, rendered once for every worker (issue 19)

A request page's item cards were rendered afresh by every worker that had not kept them (each
keeps 128 versions in memory; five workers opening ~550 versions mostly missed). The rendered
HTML is stored by a digest of everything it shows and of the code that renders it
(smartapp.reports.rendered), and deleted with its report version.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 13:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rendered_reports",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=16), nullable=False),
        sa.Column("html", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["saved_reports.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_rendered_reports_report_id", "rendered_reports", ["report_id"])


def downgrade() -> None:
    op.drop_index("ix_rendered_reports_report_id", table_name="rendered_reports")
    op.drop_table("rendered_reports")
