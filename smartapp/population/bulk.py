"""A FHIR Bulk Data Access (IG 2.0) client, through the one network seam (FhirClient).

The flow (hl7.org/fhir/uv/bulkdata/export.html):

1. kick-off: ``GET [base]/Group/[id]/$export`` (or ``[base]/Patient/$export``) with
   ``Accept: application/fhir+json`` and ``Prefer: respond-async``, ``_type`` limited to the
   types a checklist reads, ``_since`` for an incremental run; the EHR answers 202 with the
   status URL in ``Content-Location``;
2. status: GET that URL until it answers 200 with the manifest. 202 means "in progress"
   (``X-Progress`` says how far, ``Retry-After`` when to ask again; we cap it, and give up at the
   run's overall deadline, cancelling the export); 429 means "you poll too often" (honour its
   Retry-After, else back off); a 4xx/5xx ends the export with its OperationOutcome;
3. files: each ``output`` entry is an NDJSON file, read line by line (a population never sits
   in memory), with the token only when the manifest says ``requiresAccessToken``; ``error``
   entries are NDJSON OperationOutcomes, recorded on the run; a link that answers 404/410 has
   expired (:class:`~smartapp.errors.ExportLinkExpiredError`);
4. cancel: ``DELETE`` the status URL.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator

from ..errors import BulkExportError, ExportLinkExpiredError, FatalFhirError, FhirError
from ..fhir.answers import retry_after_seconds
from ..fhir.client import FHIR_JSON, FhirClient
from .error_file import entries
from .manifest import ExportFile, Line, Manifest, parse_manifest, unreadable_line

log = logging.getLogger(__name__)

NDJSON = "application/fhir+ndjson"
#: What a checklist reads (smartapp.fhir.searches, less Practitioner: no patient compartment),
#: plus DeviceRequest: DME orders (walker, CPAP) are often DeviceRequests, which a check learns
#: from its launch context but a population run can only find in the export.
EXPORT_TYPES = (
    "Patient", "Condition", "Observation", "DocumentReference", "Procedure", "ServiceRequest",
    "DeviceRequest", "Coverage", "MedicationRequest", "Encounter", "DiagnosticReport", "CarePlan",
)  # fmt: skip
#: Longest wait between two status requests, whatever Retry-After says.
MAX_POLL_INTERVAL = 120.0
FIRST_POLL_INTERVAL = 2.0
#: A line longer than this is not a resource we can score (a runaway file): recorded, skipped.
MAX_LINE_BYTES = 8 * 1024 * 1024


class BulkClient:
    """Kick-off, status polling, cancel and file streaming for one EHR.

    ``sleep`` and ``clock`` are injectable so tests exercise Retry-After without waiting.
    """

    def __init__(
        self,
        client: FhirClient,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_interval: float = MAX_POLL_INTERVAL,
    ):
        self.client = client
        self.sleep, self.clock = sleep, clock
        self.max_interval = max_interval

    def kick_off(
        self, *, group_id: str | None, types: tuple[str, ...] = EXPORT_TYPES,
        since: str | None = None,
    ) -> str:  # fmt: skip
        """Start an export; returns the status URL (``Content-Location``)."""
        path = f"Group/{group_id}/$export" if group_id else "Patient/$export"
        params = {"_type": ",".join(types)}
        if since:
            params["_since"] = since
        try:
            response = self.client.get(path, params=params, accept=FHIR_JSON,
                                       headers={"Prefer": "respond-async"})  # fmt: skip
        except FatalFhirError as error:
            message = (f"The EHR refused the export request (HTTP {error.status})."
                       if error.status else error.message)  # fmt: skip
            raise BulkExportError(message, status=error.status, detail=error.detail) from error
        location = response.headers.get("Content-Location")
        if response.status_code != 202 or not location:
            raise BulkExportError(
                "The EHR did not start an asynchronous export.",
                detail=f"kick-off answered {response.status_code} without Content-Location",
            )
        log.info("bulk: export started (%s)", "group" if group_id else "all patients")
        return location

    def wait(
        self, status_url: str, *, deadline: float,
        progress: Callable[[str], None] | None = None,
    ) -> Manifest:  # fmt: skip
        """Poll until the manifest; at ``deadline`` (a ``clock`` value) cancel and raise.
        ``progress`` gets each in-progress answer's X-Progress text ('' without one); what it
        raises ends the wait (a cancelled run)."""
        interval = FIRST_POLL_INTERVAL
        while True:
            try:
                response = self.client.get(status_url, accept="application/json",
                                           answer_statuses=(429,))  # fmt: skip
            except FatalFhirError as error:  # an error status, or a link we will not follow
                message = "The EHR reported that the export failed." if error.status else (
                    error.message)  # fmt: skip
                raise BulkExportError(message, status=error.status, detail=error.detail) \
                    from error
            if response.status_code == 200:
                try:
                    return parse_manifest(response.json())
                except ValueError as error:
                    raise BulkExportError("The EHR's export manifest is not JSON.") from error
            hinted = retry_after_seconds(response.headers.get("Retry-After"))
            if response.status_code == 429:
                # Polling too often: the hint if any, else twice the last interval.
                interval = hinted if hinted is not None else interval * 2
                log.info("bulk: status 429, slowing down")
            elif response.status_code == 202:
                if progress is not None:  # every answer: the caller may stop the run here
                    progress(response.headers.get("X-Progress", "")[:100])
                interval = hinted if hinted is not None else min(interval * 1.5, 30.0)
            else:
                raise BulkExportError("The EHR answered the export status with something else.",
                                      detail=f"status {response.status_code}")  # fmt: skip
            response.close()
            interval = max(0.0, min(interval, self.max_interval))
            if self.clock() + interval > deadline:
                self.cancel(status_url)
                raise BulkExportError("The EHR's export did not finish in time; it was cancelled.",
                                      advice="Start the run again later, or raise "
                                      "POPULATION_DEADLINE_MINUTES.")  # fmt: skip
            self.sleep(interval)

    def cancel(self, status_url: str) -> bool:
        """Ask the EHR to stop the export and delete its files; False when it would not."""
        try:
            self.client.delete(status_url)
        except FhirError as error:
            log.warning("bulk: cancel refused (%s)", getattr(error, "status", None))
            return False
        log.info("bulk: export cancelled")
        return True

    def lines(self, file: ExportFile, *, with_token: bool) -> Iterator[Line]:
        """The file's lines, one at a time (the body is streamed, never held whole)."""
        try:
            response = self.client.get(file.url, accept=NDJSON, stream=True, auth=with_token)
        except FhirError as error:
            if getattr(error, "status", None) in (404, 410):
                raise ExportLinkExpiredError(
                    f"The export's {file.type or 'data'} file is no longer available "
                    f"(HTTP {error.status}).", status=error.status) from error  # fmt: skip
            raise
        try:
            for number, raw in enumerate(response.iter_lines(), start=1):
                if not raw or not raw.strip():
                    continue
                if len(raw) > MAX_LINE_BYTES:
                    yield unreadable_line(number, raw, "line too long")
                    continue
                try:
                    resource = json.loads(raw)
                except ValueError:
                    yield unreadable_line(number, raw, "not JSON")
                    continue
                if not isinstance(resource, dict) or not resource.get("resourceType"):
                    yield unreadable_line(number, raw, "not a FHIR resource")
                    continue
                yield Line(number, resource=resource)
        finally:
            response.close()

    def errors(self, file: ExportFile, *, with_token: bool, limit: int = 50) -> list[dict]:
        """An error file's entries, at most ``limit`` (code, severity, the EHR's text cut short:
        shown to coordinators, never logged); one about a whole requested type carries ``type``
        (an unreadable one, ``types``) and is kept past ``limit`` too, once per type
        (smartapp.population.whole_types, smartapp.population.error_file)."""
        found: list[dict] = []
        beyond: set[str] = set()
        for line in self.lines(file, with_token=with_token):
            raw = line.raw or (json.dumps(line.resource)[:65536] if line.resource else "")
            for entry in entries(line.number, line.resource, line.problem, raw, EXPORT_TYPES):
                kinds = set(entry.get("types") or ([entry["type"]] if "type" in entry else []))
                if len(found) >= limit:
                    if kinds <= beyond:
                        continue
                    beyond |= kinds
                found.append(entry)
        return found
