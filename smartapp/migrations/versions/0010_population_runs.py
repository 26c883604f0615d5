"""population runs: Bulk Data exports, their patients, staged resources; tracked_requests.source

Revision ID: 0010
Revises: 0008 (16a's 0009_task_claims comes between them; the lead re-chains at merge)
Create Date: 2026-12-02 01:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"  # 0009_item_attestations
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tracked_requests") as batch:
        batch.add_column(
            sa.Column("source", sa.String(length=16), nullable=False, server_default="check")
        )
    op.create_table(
        "population_runs",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("server_id", sa.String(length=64), nullable=False),
        sa.Column("iss", sa.String(length=512), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_by", sa.String(length=512), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("since", sa.String(length=40), nullable=True),
        sa.Column("transaction_time", sa.String(length=40), nullable=True),
        sa.Column("status_url", sa.Text(), nullable=True),
        sa.Column("progress", sa.JSON(), nullable=False),
        sa.Column("patients_seen", sa.Integer(), nullable=False),
        sa.Column("export_problems", sa.JSON(), nullable=False),
        sa.Column("error", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_population_runs_server_id", "population_runs", ["server_id"])
    op.create_table(
        "population_patients",
        sa.Column("run_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=True),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("error", sa.JSON(), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["run_id"], ["population_runs.id"]),
        sa.PrimaryKeyConstraint("run_id", "patient_id"),
    )
    op.create_table(
        "population_resources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.String(length=64), nullable=False),
        sa.Column("patient_id", sa.String(length=128), nullable=False),
        sa.Column("resource_type", sa.String(length=40), nullable=False),
        sa.Column("resource", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_population_resources_run_patient", "population_resources",
                    ["run_id", "patient_id"])  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_population_resources_run_patient", table_name="population_resources")
    op.drop_table("population_resources")
    op.drop_table("population_patients")
    op.drop_index("ix_population_runs_server_id", table_name="population_runs")
    op.drop_table("population_runs")
    with op.batch_alter_table("tracked_requests") as batch:
        batch.drop_column("source")
