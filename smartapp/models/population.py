"""Population runs (smartapp.population): one Bulk Data export of an EHR, its patients'
scoring, and the exported resources staged per (run, patient) until that patient is scored."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class PopulationRun(Base):
    """One population run: a Bulk Data export of one EHR, then one scoring task per patient
    with a checkable order. Counts are derived from its :class:`PopulationPatient` rows."""

    __tablename__ = "population_runs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64), index=True)
    iss: Mapped[str] = mapped_column(String(512))
    #: exporting | scoring | done | failed | cancelled
    status: Mapped[str] = mapped_column(String(16), default="exporting")
    #: Who started it: a coordinator's identity, "cli" or "schedule".
    started_by: Mapped[str] = mapped_column(String(512))
    as_of: Mapped[dt.date] = mapped_column()
    #: ``_since`` sent with the kick-off (an incremental run), None for a full export.
    since: Mapped[str | None] = mapped_column(String(40))
    #: The manifest's transactionTime: the next incremental run's ``_since``.
    transaction_time: Mapped[str | None] = mapped_column(String(40))
    #: The export's status URL while it runs (cancel needs it); no token, no patient data.
    status_url: Mapped[str | None] = mapped_column(Text)
    #: The EHR's X-Progress text and the files read so far.
    progress: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    patients_seen: Mapped[int] = mapped_column(Integer, default=0)
    #: Problems the export reported (error files) or that reading it met (unreadable lines).
    export_problems: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Why the run as a whole failed (error_fields), None otherwise.
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class PopulationPatient(Base):
    """One patient of a run with a checkable order: pending until its task has scored it."""

    __tablename__ = "population_patients"

    run_id: Mapped[str] = mapped_column(ForeignKey("population_runs.id"), primary_key=True)
    patient_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    #: pending | scored | no_checklist | failed | skipped (the run was cancelled first)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    #: The worst readiness state of its scored orders: ready | not_ready | incomplete.
    state: Mapped[str | None] = mapped_column(String(16))
    #: The tracked request of its newest scored order.
    request_id: Mapped[int | None] = mapped_column(Integer)
    #: Each checkable order scored: [{"service": code, "state": …, "request_id": …}].
    results: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Why scoring failed (error_fields: our words, no PHI).
    error: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class PopulationResource(Base):
    """One exported resource staged for its patient's scoring task, deleted once scored."""

    __tablename__ = "population_resources"
    __table_args__ = (Index("ix_population_resources_run_patient", "run_id", "patient_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(64))
    patient_id: Mapped[str] = mapped_column(String(128))
    resource_type: Mapped[str] = mapped_column(String(40))
    resource: Mapped[dict[str, Any]] = mapped_column(JSON)
