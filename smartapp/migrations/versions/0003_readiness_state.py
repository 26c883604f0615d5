"""readiness state (ready | not_ready | incomplete) on saved reports and tracked requests

Saved reports are re-scored by the readiness rule of issue 12 (unknown and not-applicable
required items in the denominator; required gaps = missing or partial), so the worklist, the
versions list and new saves agree. The rule is copied here, as it stood: a migration must not
change meaning when the app's code changes later.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:00:00.000000
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_POINTS = {"met": 1.0, "not_applicable": 1.0, "partial": 0.5}


def _verdict(report: Any) -> tuple[int, str, int]:
    """(readiness, state, required gaps) of a saved report's items, by the issue-12 rule."""
    items = report.get("items") if isinstance(report, dict) else None
    required = [
        str(i.get("status")) for i in items or [] if isinstance(i, dict) and i.get("required")
    ]
    gaps = sum(s in ("missing", "partial") for s in required)
    unknown = sum(s == "unknown" for s in required)
    points = sum(_POINTS.get(s, 0.0) for s in required)
    number = round(100 * points / len(required)) if required else 100
    state = "not_ready" if gaps else "incomplete" if unknown else "ready"
    return number, state, gaps


def upgrade() -> None:
    with op.batch_alter_table("saved_reports", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("state", sa.String(length=16), nullable=False, server_default="not_ready")
        )
    with op.batch_alter_table("tracked_requests", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "readiness_state", sa.String(length=16), nullable=False,
                server_default="not_ready",
            )
        )  # fmt: skip
    connection = op.get_bind()
    saved = sa.table(
        "saved_reports", sa.column("id", sa.Integer), sa.column("report", sa.JSON),
        sa.column("readiness", sa.Integer), sa.column("required_gaps", sa.Integer),
        sa.column("state", sa.String),
    )  # fmt: skip
    tracked = sa.table(
        "tracked_requests", sa.column("latest_report_id", sa.Integer),
        sa.column("readiness", sa.Integer), sa.column("required_gaps", sa.Integer),
        sa.column("readiness_state", sa.String),
    )  # fmt: skip
    for row in connection.execute(sa.select(saved.c.id, saved.c.report)).all():
        number, state, gaps = _verdict(row.report)
        connection.execute(
            saved.update().where(saved.c.id == row.id)
            .values(readiness=number, state=state, required_gaps=gaps)
        )  # fmt: skip
        connection.execute(
            tracked.update().where(tracked.c.latest_report_id == row.id)
            .values(readiness=number, readiness_state=state, required_gaps=gaps)
        )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("tracked_requests", schema=None) as batch_op:
        batch_op.drop_column("readiness_state")
    with op.batch_alter_table("saved_reports", schema=None) as batch_op:
        batch_op.drop_column("state")
