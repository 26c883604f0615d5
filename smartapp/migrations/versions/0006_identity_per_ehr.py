"""identity is (iss, fhirUser); patient names up to 1,000 characters

Who did something was stored as a bare ``Practitioner/id``, so the same id at another EHR was the
same person (issue 20, finding 2). Every such column now holds the user's absolute reference at
the EHR that signed them in, ``<iss>/Practitioner/id`` (smartapp/identity.py). Existing rows take
the iss of the request they belong to; rows with no request (an audit event for a worklist view,
an override on an unsaved check) take the iss of their check run's session, else the only EHR the
database has ever seen. A row that still cannot be placed keeps its bare reference, which matches
no signed-in user any more: it stays readable history and grants nothing.

``saved_reports.run_by`` gets an index: a clinician sees every request they saved a report for
(finding 7). ``tracked_requests.patient_name`` widens from 200 to 1,000 characters (finding 6):
a 257-character name from the EHR made saving fail on PostgreSQL.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: A bare user reference as actor_of() wrote it (not an absolute identity, not "session:…").
BARE = "({col} LIKE 'Practitioner/%' OR {col} LIKE 'PractitionerRole/%' OR {col} LIKE 'Patient/%'" \
    " OR {col} LIKE 'RelatedPerson/%' OR {col} LIKE 'Person/%')"
REQUEST_ISS = "(SELECT t.iss FROM tracked_requests t WHERE t.id = {table}.request_id)"
RUN_ISS = (
    "(SELECT s.iss FROM check_runs r JOIN app_sessions s ON s.id = r.session_id"
    " WHERE r.id = {table}.run_id)"
)
#: (table, column, how to find the row's iss: expressions tried in order)
COLUMNS = (
    ("tracked_requests", "created_by", ("tracked_requests.iss",)),
    ("tracked_requests", "assignee", ("tracked_requests.iss",)),
    ("saved_reports", "run_by", (REQUEST_ISS,)),
    ("request_comments", "author", (REQUEST_ISS,)),
    ("appeal_packets", "created_by", (REQUEST_ISS,)),
    ("audit_events", "actor", (REQUEST_ISS,)),
    ("item_overrides", "actor", (REQUEST_ISS, RUN_ISS)),
    ("item_overrides", "withdrawn_by", (REQUEST_ISS, RUN_ISS)),
)


def _only_iss(connection: sa.Connection) -> str | None:
    """The one EHR this database knows, if it knows exactly one."""
    found = connection.execute(sa.text(
        "SELECT iss FROM tracked_requests UNION SELECT iss FROM app_sessions")).scalars().all()
    distinct = {value.rstrip("/") for value in found if value}
    return distinct.pop() if len(distinct) == 1 else None


def upgrade() -> None:
    with op.batch_alter_table("tracked_requests", schema=None) as batch_op:
        batch_op.alter_column("patient_name", existing_type=sa.String(length=200),
                              type_=sa.String(length=1000), existing_nullable=False)  # fmt: skip
    with op.batch_alter_table("saved_reports", schema=None) as batch_op:
        # "Requests I saved a report for" (finding 7) looks reports up by who saved them.
        batch_op.create_index(batch_op.f("ix_saved_reports_run_by"), ["run_by"], unique=False)
    connection = op.get_bind()
    only = _only_iss(connection)
    for table, column, sources in COLUMNS:
        bare = BARE.format(col=column)
        for source in sources:
            iss = source.format(table=table)
            connection.execute(sa.text(
                f"UPDATE {table} SET {column} = {iss} || '/' || {column}"  # noqa: S608 - constants
                f" WHERE {bare} AND {iss} IS NOT NULL"))  # fmt: skip
        if only:
            connection.execute(
                sa.text(f"UPDATE {table} SET {column} = CAST(:iss AS VARCHAR) || '/' || {column}"  # noqa: S608
                    f" WHERE {bare}"),
                {"iss": only},
            )


def downgrade() -> None:
    with op.batch_alter_table("saved_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_reports_run_by"))
    connection = op.get_bind()
    for table, column, _ in COLUMNS:
        # Back to the bare Type/id: the distinct identities are few next to the rows.
        values = connection.execute(sa.text(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} LIKE 'http%'")).scalars()  # noqa: S608
        for value in list(values):
            bare = "/".join(value.rstrip("/").split("/")[-2:])
            connection.execute(
                sa.text(f"UPDATE {table} SET {column} = :bare WHERE {column} = :value"),  # noqa: S608
                {"bare": bare, "value": value},
            )
    connection.execute(sa.text("UPDATE tracked_requests SET patient_name = "
                               "substr(patient_name, 1, 200) WHERE length(patient_name) > 200"))
    with op.batch_alter_table("tracked_requests", schema=None) as batch_op:
        batch_op.alter_column("patient_name", existing_type=sa.String(length=1000),
                              type_=sa.String(length=200), existing_nullable=False)  # fmt: skip
