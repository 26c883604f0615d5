"""The Alembic migrations build exactly the schema the models declare, and can be undone."""

from __future__ import annotations

import json

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from smartapp.db import alembic_config, upgrade
from smartapp.models import Base


def test_migrations_match_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_upgrade_is_idempotent_and_downgrade_removes_everything(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(engine)
    upgrade(engine)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}


def test_0003_rescores_saved_reports_by_the_readiness_rule(tmp_path):
    """A report saved under the old rule (unknown items left out: 100, "0 gaps" counting
    unknown as a gap) reads by the one rule after the upgrade: 50, incomplete, no gap."""
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(engine, "0002")
    old = {"readiness": 100, "items": [
        {"id": "A", "required": True, "status": "met"},
        {"id": "B", "required": True, "status": "unknown"},
        {"id": "C", "required": False, "status": "missing"},
    ]}  # fmt: skip
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO tracked_requests (id, iss, patient_ref, patient_name, service_system,"
            " service_code, topic, status, readiness, required_gaps, latest_report_id,"
            " created_at, updated_at, version) VALUES (1, 'iss', 'Patient/p', 'P', 'cpt',"
            " '72148', 'imaging', 'open', 100, 1, 1, '2026-01-01', '2026-01-01', 1)"))
        connection.execute(text(
            "INSERT INTO saved_reports (id, request_id, checklist_id, checklist_version, as_of,"
            " readiness, required_gaps, report, could_not_check, created_at) VALUES"
            " (1, 1, 'c', '1', '2026-01-01', 100, 1, :report, '[]', '2026-01-01')"),
            {"report": json.dumps(old)})  # fmt: skip
    upgrade(engine)
    with engine.connect() as connection:
        saved = connection.execute(text(
            "SELECT readiness, state, required_gaps FROM saved_reports")).one()
        tracked = connection.execute(text(
            "SELECT readiness, readiness_state, required_gaps FROM tracked_requests")).one()
    assert tuple(saved) == (50, "incomplete", 0)
    assert tuple(tracked) == (50, "incomplete", 0)


def test_0006_qualifies_who_did_what_with_the_ehr(tmp_path):
    """Rows written before identity carried the EHR (bare Practitioner/id) take the iss of their
    request; an audit event without a request takes the database's only EHR; a typed assignee
    name stays as it is. Downgrading gives the bare references back."""
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    upgrade(engine, "0004")
    iss = "https://ehr.example.org/fhir"
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO tracked_requests (id, iss, patient_ref, patient_name, service_system,"
            " service_code, topic, status, assignee, readiness, readiness_state, required_gaps,"
            " created_by, created_at, updated_at, version) VALUES (1, :iss, 'Patient/p', 'P',"
            " 'cpt', '72148', 'imaging', 'open', 'Dana at the front desk', 0, 'not_ready', 0,"
            " 'Practitioner/md-1', '2026-01-01', '2026-01-01', 1)"), {"iss": iss})
        connection.execute(text(
            "INSERT INTO saved_reports (id, request_id, checklist_id, checklist_version, as_of,"
            " readiness, state, required_gaps, report, could_not_check, run_by, created_at)"
            " VALUES (1, 1, 'c', '1', '2026-01-01', 0, 'not_ready', 0, '{}', '[]',"
            " 'Practitioner/md-2', '2026-01-01')"))
        connection.execute(text(
            "INSERT INTO request_comments (request_id, author, text, created_at) VALUES"
            " (1, 'Practitioner/pa-1', 'Called', '2026-01-01')"))
        connection.execute(text(
            "INSERT INTO audit_events (at, actor, role, action, request_id, detail) VALUES"
            " ('2026-01-01', 'Practitioner/pa-1', 'coordinator', 'view_worklist', NULL, '{}'),"
            " ('2026-01-01', 'session:abcd1234', 'other', 'view_check', NULL, '{}')"))
    upgrade(engine)
    with engine.connect() as connection:
        tracked = connection.execute(text(
            "SELECT created_by, assignee FROM tracked_requests")).one()
        run_by = connection.execute(text("SELECT run_by FROM saved_reports")).scalar()
        author = connection.execute(text("SELECT author FROM request_comments")).scalar()
        actors = connection.execute(text("SELECT actor FROM audit_events ORDER BY id")).scalars()
        assert tuple(tracked) == (f"{iss}/Practitioner/md-1", "Dana at the front desk")
        assert run_by == f"{iss}/Practitioner/md-2" and author == f"{iss}/Practitioner/pa-1"
        assert list(actors) == [f"{iss}/Practitioner/pa-1", "session:abcd1234"]
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT created_by FROM tracked_requests")).scalar() == (
            "Practitioner/md-1")
