"""A person's word on one report item: an override ("documented here", "does not apply";
docs/overrides.md) or a clinician's attested answer for the QuestionnaireResponse."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

#: Override kinds: "documented here" (counts as met) and "does not apply" (not applicable).
OVERRIDE_KINDS = ("documented", "not_applicable")


class ItemOverride(Base):
    """A person disagreeing with the engine on one report item, with a reason: it belongs to the
    check run's report (``run_id``, so every saved version of the run shows it) or, for reports
    saved before 0004, the saved report (``report_id``); docs/overrides.md."""

    __tablename__ = "item_overrides"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str | None] = mapped_column(String(64), index=True)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("saved_reports.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("tracked_requests.id"), index=True)
    patient_ref: Mapped[str] = mapped_column(String(160))
    checklist_id: Mapped[str] = mapped_column(String(120))
    checklist_version: Mapped[str] = mapped_column(String(32))
    service_code: Mapped[str] = mapped_column(String(16))
    as_of: Mapped[dt.date] = mapped_column()
    item_id: Mapped[str] = mapped_column(String(64))
    element: Mapped[str] = mapped_column(String(64))
    required: Mapped[bool] = mapped_column(Boolean)
    #: What the engine said (missing | partial | unknown | met | not_applicable).
    engine_status: Mapped[str] = mapped_column(String(16))
    #: documented | not_applicable (OVERRIDE_KINDS)
    kind: Mapped[str] = mapped_column(String(16))
    #: "Documented here": the resource (``Type/id``) and, optionally, the passage in a note.
    reference: Mapped[str | None] = mapped_column(String(200))
    passage: Mapped[str | None] = mapped_column(Text)
    passage_start: Mapped[int | None] = mapped_column(Integer)
    passage_end: Mapped[int | None] = mapped_column(Integer)
    #: True when the passage was found in the note as the app reads it.
    passage_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(512))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    withdrawn_by: Mapped[str | None] = mapped_column(String(512))


class ItemAttestation(Base):
    """A clinician's answer to a report item the record did not show (issue 17): it becomes a
    QuestionnaireResponse answer with DTR's information-origin ``manual`` and its author; the
    report keeps the item "missing from the record". A newer answer to the same item replaces
    the older one in the response; the rows stay (history)."""

    __tablename__ = "item_attestations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(64), index=True)
    patient_ref: Mapped[str] = mapped_column(String(160))
    checklist_id: Mapped[str] = mapped_column(String(120))
    checklist_version: Mapped[str] = mapped_column(String(32))
    item_id: Mapped[str] = mapped_column(String(64))
    #: What the engine said of the item (missing | partial | unknown).
    engine_status: Mapped[str] = mapped_column(String(16))
    #: The FHIR answer value, e.g. {"valueBoolean": true} or {"valueDecimal": 32.5}.
    value: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: The practitioner as the EHR names them (``Practitioner/123``): the answer's author.
    author_ref: Mapped[str] = mapped_column(String(200))
    actor: Mapped[str] = mapped_column(String(512))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
