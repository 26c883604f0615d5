"""Database tables (SQLAlchemy 2 declarative). Schema changes go through Alembic migrations.

Import tables from here (``from smartapp.models import TrackedRequest``): importing the package
registers every table on ``Base.metadata``, which Alembic and the tests compare with the schema.

What is stored, and why (each module holds one concern):

- launches and sessions (``launches``): SMART launch state and the (encrypted) tokens, never in
  cookies; hook token ids: the ``jti`` of each CDS Hooks JWT until it expires, so none is used
  twice;
- check runs (``check_runs``): one retrieval + scoring in progress or just finished, so any app
  worker can answer the progress poll; the report it produced lives here until saved or swept (a
  day);
- tracked requests, saved reports, comments, audit events (``worklist``): the coordinator
  worklist. A saved report keeps item results with evidence references and short snippets so a
  coordinator can review it without EHR access; the record itself is never stored (re-fetched on
  re-check); people: the display name of each user and ordering clinician the app has met (no
  patient data);
- appeal packets (``appeals``): a denied request's packet (letter, P2P sheet, lenses) without note
  text, with the coordinator's letter edits and checklist ticks;
- item overrides (``report_items``): a person's "documented here" / "does not apply" on a report
  item, with the reason, who and when; withdrawn ones are kept (docs/overrides.md); item
  attestations: a clinician's answer to an item the record could not show, for the check's
  QuestionnaireResponse (who, when, the typed answer); never counted as record evidence;
- population runs (``population``; smartapp.population): one Bulk Data export of an EHR and its
  patients' scoring; the exported resources are staged per (run, patient) only until that patient
  is scored, then deleted (the results live on as tracked requests).
"""

from .appeals import AppealPacket
from .base import Base, aware, utcnow
from .check_runs import CheckRun
from .launches import AppSession, HookTokenUse, LaunchState
from .population import PopulationPatient, PopulationResource, PopulationRun
from .report_items import OVERRIDE_KINDS, ItemAttestation, ItemOverride
from .worklist import (
    WORKFLOW,
    AuditEvent,
    Person,
    RenderedReport,
    RequestComment,
    SavedReport,
    TrackedRequest,
)

__all__ = [
    "OVERRIDE_KINDS",
    "WORKFLOW",
    "AppSession",
    "AppealPacket",
    "AuditEvent",
    "Base",
    "CheckRun",
    "HookTokenUse",
    "ItemAttestation",
    "ItemOverride",
    "LaunchState",
    "Person",
    "PopulationPatient",
    "PopulationResource",
    "PopulationRun",
    "RenderedReport",
    "RequestComment",
    "SavedReport",
    "TrackedRequest",
    "aware",
    "utcnow",
]
