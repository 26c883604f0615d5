"""Reading one export's manifest into the staging table (``population_resources``): whose each
resource is, which patients are candidates (an open order a CareSource checklist covers, or any
patient an incremental run names), and what could not be read -- in one database session, with
batched inserts. The export task (:mod:`.export`) runs it between the export and the fan-out.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import insert

from ..checklists import load_catalog
from ..checklists.requests import request_codes
from ..evidence.record import REQUEST_TYPES
from ..models import PopulationResource, PopulationRun
from .bulk import EXPORT_TYPES, BulkClient
from .error_file import consequence
from .manifest import ExportFile, Line, Manifest
from .record import OPEN_ORDER
from .whole_types import absent_problems

STAGE_BATCH = 500
#: Problems kept on the run (error-file issues, unreadable lines); the rest are counted.
MAX_PROBLEMS = 100


def patient_of(resource: dict[str, Any]) -> str | None:
    """The id of the patient a resource belongs to (Patient.id, subject, patient, beneficiary)."""
    if resource.get("resourceType") == "Patient":
        return str(resource["id"]) if resource.get("id") else None
    for name in ("subject", "patient", "beneficiary"):
        reference = (resource.get(name) or {}).get("reference") if isinstance(
            resource.get(name), dict) else None  # fmt: skip
        if isinstance(reference, str) and "Patient/" in reference:
            return reference.rsplit("Patient/", 1)[1].split("/")[0] or None
    return None


def checkable_order(resource: dict[str, Any], catalog: Any) -> bool:
    """A draft or active order whose CPT/HCPCS code a CareSource checklist covers."""
    if resource.get("status") not in OPEN_ORDER:
        return False
    return any(
        c.system in ("cpt", "hcpcs") and catalog.for_service(c.code) is not None
        for c in request_codes(resource)
    )


def unreadable_marker(resource_type: str, number: int) -> dict[str, Any]:
    """A staged OperationOutcome saying one of the patient's exported resources was unreadable
    (smartapp.population.patient turns it into a "could not check" warning on that type)."""
    return {"resourceType": "OperationOutcome", "issue": [{
        "severity": "error", "code": "processing", "expression": [resource_type or "Resource"],
        "diagnostics": f"{resource_type or 'a'} resource in the EHR's export could not be read "
                       f"(line {number} of its file)"}]}  # fmt: skip


class ExportReader:
    """Reads one manifest into the staging table (one database session, batched inserts)."""

    def __init__(self, app: Flask, run: PopulationRun, bulk: BulkClient, manifest: Manifest):
        self.app, self.run, self.bulk, self.manifest = app, run, bulk, manifest
        self.with_token = manifest.requires_access_token
        self.seen: set[str] = set()
        self.candidates: set[str] = set()
        self.problems: list[dict[str, Any]] = []
        self.unattributed = 0
        self._batch: list[dict[str, Any]] = []

    def problem(self, entry: dict[str, Any]) -> None:
        # A whole type's loss is kept past the cap: every patient task reads it from the run.
        if len(self.problems) < MAX_PROBLEMS or entry.get("type") or entry.get("types"):
            self.problems.append(entry)

    def read(self, db: Any) -> None:
        for file in self.manifest.error:
            for issue in self.bulk.errors(file, with_token=self.with_token):
                self.problem({"source": "export error file", **issue})
        incremental = self.run.since is not None
        if not incremental:  # an incremental run re-reads each named record over FHIR anyway
            self.problems += absent_problems(EXPORT_TYPES, self.manifest, self.problems)
        absent = {str(p["type"]) for p in self.problems if p.get("absent")}
        for entry in self.problems:  # unreadable error entries: what the run does about them
            consequence(entry, absent, EXPORT_TYPES, incremental=incremental)
        files = sorted(self.manifest.output, key=lambda f: f.type not in REQUEST_TYPES)
        catalog = load_catalog()
        for file in files:
            for line in self.bulk.lines(file, with_token=self.with_token):
                if line.resource is None:
                    self._unreadable(db, file, line)
                    continue
                patient = patient_of(line.resource)
                if patient is None:
                    self.unattributed += 1
                    continue
                self.seen.add(patient)
                if incremental:
                    self.candidates.add(patient)
                    continue
                if line.resource.get("resourceType") in REQUEST_TYPES and checkable_order(
                        line.resource, catalog):  # fmt: skip
                    self.candidates.add(patient)
                if patient in self.candidates:
                    self._stage(db, patient, line.resource)
            self._flush(db)
            self._note_file(db, file)

    def _unreadable(self, db: Any, file: ExportFile, line: Line) -> None:
        """Name the line on the run; when it names a candidate patient, stage a warning for
        them, so their report says the type could not be checked (never "missing")."""
        self.problem({"source": f"{file.type} file", "code": "invalid",
                      "text": f"line {line.number}: {line.problem}"})  # fmt: skip
        if line.patient_hint and (self.run.since is not None
                                  or line.patient_hint in self.candidates):  # fmt: skip
            self._stage(db, line.patient_hint, unreadable_marker(file.type, line.number))

    def _stage(self, db: Any, patient: str, resource: dict[str, Any]) -> None:
        self._batch.append({"run_id": self.run.id, "patient_id": patient,
                            "resource_type": str(resource["resourceType"])[:40],
                            "resource": resource})  # fmt: skip
        if len(self._batch) >= STAGE_BATCH:
            self._flush(db)

    def _flush(self, db: Any) -> None:
        if self._batch:
            db.execute(insert(PopulationResource), self._batch)
            db.commit()
            self._batch = []

    def _note_file(self, db: Any, file: ExportFile) -> None:
        done = int((self.run.progress or {}).get("files_read", 0)) + 1
        self.run.progress = {**(self.run.progress or {}), "files_read": done,
                             "files_total": len(self.manifest.output)}  # fmt: skip
        db.commit()
