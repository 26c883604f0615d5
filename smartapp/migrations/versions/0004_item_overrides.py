"""item overrides ("documented here" / "does not apply"), and what each check run read

A check run and the reports saved from it keep the references the run read (no text), so an
override's "documented here" can be checked against the record as read; a saved report names the
run it came from, whose overrides it shares. Existing rows get nothing: their overrides are
checked against the references their items cite.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_refs", sa.JSON(), nullable=True))
    with op.batch_alter_table("saved_reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("run_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("record_refs", sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f("ix_saved_reports_run_id"), ["run_id"], unique=False)
    op.create_table(
        "item_overrides",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.String(length=64), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("patient_ref", sa.String(length=160), nullable=False),
        sa.Column("checklist_id", sa.String(length=120), nullable=False),
        sa.Column("checklist_version", sa.String(length=32), nullable=False),
        sa.Column("service_code", sa.String(length=16), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("element", sa.String(length=64), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("engine_status", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=True),
        sa.Column("passage", sa.Text(), nullable=True),
        sa.Column("passage_start", sa.Integer(), nullable=True),
        sa.Column("passage_end", sa.Integer(), nullable=True),
        sa.Column("passage_checked", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=512), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_by", sa.String(length=512), nullable=True),
        sa.ForeignKeyConstraint(["report_id"], ["saved_reports.id"]),
        sa.ForeignKeyConstraint(["request_id"], ["tracked_requests.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("item_overrides", schema=None) as batch_op:
        for column in ("run_id", "report_id", "request_id"):
            batch_op.create_index(
                batch_op.f(f"ix_item_overrides_{column}"), [column], unique=False
            )


def downgrade() -> None:
    with op.batch_alter_table("item_overrides", schema=None) as batch_op:
        for column in ("run_id", "report_id", "request_id"):
            batch_op.drop_index(batch_op.f(f"ix_item_overrides_{column}"))
    op.drop_table("item_overrides")
    with op.batch_alter_table("saved_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_reports_run_id"))
        batch_op.drop_column("record_refs")
        batch_op.drop_column("run_id")
    with op.batch_alter_table("check_runs", schema=None) as batch_op:
        batch_op.drop_column("record_refs")
