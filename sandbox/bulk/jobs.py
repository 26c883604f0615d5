"""Bulk export jobs: what was asked, how far it got, and the thread that writes the NDJSON files.

A job reads the engine type by type (pages of :data:`PAGE`, ``_lastUpdated=gt<_since>`` when
asked), keeps the resources of the patients it covers (every patient for Patient-level, the
Group's members for Group-level), shapes each the way the tenant's FHIR API shows it, and writes
one ``<Type>.ndjson`` per type with at least one resource. Attachment URLs pointing at
``Binary/<id>`` become absolute under the tenant's FHIR base: a relative URL would resolve against
the file's own URL. Anything that cannot be exported -- a resource that does not serialise, a
type or patient failed by an injected fault -- becomes one OperationOutcome line in
``OperationOutcome.ndjson`` and the export carries on. Files live in a temporary folder that is
removed when the job is cancelled.
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sandbox import profiles
from sandbox.engine import EngineClient
from sandbox.tenants import Tenant

from .faults import BulkFaults

log = logging.getLogger(__name__)

PAGE = 500
#: Types in the patient compartment a Patient/Group export may write (Binary never: notes stay
#: reachable through their DocumentReference's attachment URL).
PATIENT_TYPES = (
    "Patient", "AllergyIntolerance", "CarePlan", "CareTeam", "Condition", "Coverage",
    "DeviceRequest", "DiagnosticReport", "DocumentReference", "Encounter", "Goal",
    "ImagingStudy", "Immunization", "MedicationRequest", "Observation", "Procedure",
    "ServiceRequest",
)  # fmt: skip
#: Referenced, non-compartment types a client may ask for explicitly with ``_type``.
REFERENCED_TYPES = ("Practitioner", "Organization")
PATIENT_REFERENCES = ("subject", "patient", "beneficiary")


@dataclass
class ExportJob:
    """One kick-off and everything its status URL reports."""

    tenant: Tenant
    base: str  # the tenant's public FHIR base, for attachment URLs
    client_id: str
    request_url: str
    types: tuple[str, ...]
    since: str | None = None
    group_members: frozenset[str] | None = None  # None = every patient (Patient-level)
    requires_token: bool = True
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    transaction_time: str = field(
        default_factory=lambda: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    )
    started: float = field(default_factory=time.time)
    state: str = "in-progress"  # in-progress | completed | failed | cancelled
    done_types: int = 0
    outputs: list[dict[str, Any]] = field(default_factory=list)  # {"type", "file", "count"}
    errors: int = 0
    failed_patients: set[str] = field(default_factory=set)  # already named in the error file
    failure: str | None = None
    completed_at: float | None = None
    expired: bool = False
    last_poll: float | None = None
    folder: Path | None = None
    cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def progress(self) -> str:
        percent = int(100 * self.done_types / max(1, len(self.types)))
        return f"{percent}% ({self.done_types} of {len(self.types)} types)"

    def expires_at(self, ttl: float) -> float | None:
        return None if self.completed_at is None else self.completed_at + ttl


class JobStore:
    """Thread-safe map of job id to job."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[str, ExportJob] = {}

    def add(self, job: ExportJob) -> None:
        with self._lock:
            self._jobs[job.id] = job

    def get(self, job_id: str) -> ExportJob | None:
        with self._lock:
            return self._jobs.get(job_id)

    def remove(self, job_id: str) -> ExportJob | None:
        with self._lock:
            return self._jobs.pop(job_id, None)

    def all(self) -> list[ExportJob]:
        with self._lock:
            return list(self._jobs.values())


def patient_of(resource: dict[str, Any]) -> str | None:
    """The id of the patient a resource belongs to (None: no patient reference)."""
    if resource.get("resourceType") == "Patient":
        return resource.get("id")
    for name in PATIENT_REFERENCES:
        reference = (resource.get(name) or {}).get("reference", "")
        if isinstance(reference, str) and reference.startswith("Patient/"):
            return reference.removeprefix("Patient/")
    return None


def shaped(job: ExportJob, resource: dict[str, Any]) -> dict[str, Any]:
    """The resource as the tenant's API shows it, Binary attachment URLs made absolute."""
    resource = profiles.adapt_resource(job.tenant, resource, job.base)
    if resource.get("resourceType") == "DocumentReference":
        for item in resource.get("content", []):
            attachment = item.get("attachment", {})
            if str(attachment.get("url", "")).startswith("Binary/"):
                attachment["url"] = f"{job.base}/{attachment['url']}"
    return resource


def outcome_line(code: str, text: str) -> str:
    return json.dumps(profiles.operation_outcome(code, text)) + "\n"


def run_export(job: ExportJob, engine_url: str, faults: BulkFaults, folder: Path) -> None:
    """Write the job's files (runs in its own thread; never raises)."""
    job.folder = folder
    engine = EngineClient(engine_url)
    pause = faults.slow_seconds / max(1, len(job.types))
    try:
        with (folder / "OperationOutcome.ndjson").open("w", encoding="utf-8") as errors:
            for resource_type in job.types:
                if job.cancel.wait(pause) or job.cancel.is_set():
                    return
                _export_type(job, engine, faults, resource_type, folder, errors)
                job.done_types += 1
        if faults.fail_job:
            raise RuntimeError("injected export failure")
    except Exception as exc:  # a failed job is reported at its status URL, never raised
        log.warning("bulk export %s failed: %s", job.id, type(exc).__name__)
        job.failure = f"The export failed ({type(exc).__name__}: {exc})."
        job.state = "failed"
        return
    finally:
        engine.session.close()
    if not job.cancel.is_set():
        job.completed_at = time.time()
        job.state = "completed"


def _export_type(
    job: ExportJob,
    engine: EngineClient,
    faults: BulkFaults,
    resource_type: str,
    folder: Path,
    errors: Any,
) -> None:
    if resource_type in faults.error_types:
        errors.write(outcome_line("exception", f"{resource_type}: export failed (injected)."))
        job.errors += 1
        return
    failing = set(faults.fail_patients)
    params: dict[str, Any] = {"_count": PAGE}
    if job.since:
        params["_lastUpdated"] = f"gt{job.since}"
    count, path = 0, folder / f"{resource_type}.ndjson"
    with path.open("w", encoding="utf-8") as out:
        for resource in _pages(engine, resource_type, params, job.cancel):
            patient = patient_of(resource)
            if resource_type not in REFERENCED_TYPES:
                if patient is None:
                    continue
                if job.group_members is not None and patient not in job.group_members:
                    continue
            if patient in failing:
                if patient not in job.failed_patients:
                    job.failed_patients.add(patient)
                    errors.write(outcome_line(
                        "exception", f"Patient/{patient}: the record failed mid-export and is "
                        "left out of every file (injected).",
                    ))  # fmt: skip
                    job.errors += 1
                continue
            try:
                line = json.dumps(shaped(job, resource), ensure_ascii=False, allow_nan=False)
            except (TypeError, ValueError) as exc:
                errors.write(outcome_line(
                    "processing", f"{resource_type}/{resource.get('id')}: cannot serialise ({exc})."
                ))  # fmt: skip
                job.errors += 1
                continue
            out.write(line + "\n")
            count += 1
    if count:
        job.outputs.append({"type": resource_type, "file": path.name, "count": count})
    else:
        path.unlink()


def _pages(
    engine: EngineClient, resource_type: str, params: dict[str, Any], cancel: threading.Event
) -> Iterator[dict[str, Any]]:
    offset = 0
    while not cancel.is_set():
        status, _, body = engine.request("GET", resource_type, params={**params, "_offset": offset})
        if status != 200:
            raise RuntimeError(f"engine search {resource_type} answered {status}")
        bundle = json.loads(body)
        entries = [e["resource"] for e in bundle.get("entry", [])]
        yield from entries
        if len(entries) < int(params["_count"]):
            return
        offset += len(entries)


def discard(job: ExportJob) -> None:
    """Stop a job and delete its files."""
    job.cancel.set()
    if job.folder is not None:
        shutil.rmtree(job.folder, ignore_errors=True)
