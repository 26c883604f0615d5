"""The fake EHR of the run-level tests: the sandbox's own synthetic scenarios as a small
population, exported as NDJSON at the network seam (``responses``), with note Binaries, the
ordering clinicians and patient searches (an incremental run re-reads records over FHIR)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from urllib.parse import parse_qs, urlsplit

import responses
from population_helpers import BASE, STATUS_URL, ndjson, token_endpoint

from smartapp import PROJECT_ROOT
from smartapp.population.bulk import EXPORT_TYPES
from smartapp.population.staging import patient_of

SCENARIOS = PROJECT_ROOT / "sandbox" / "scenarios"
AS_OF = dt.date(2026, 11, 22)


def scenario(name: str, *, renamed: dict[str, str] | None = None) -> list[dict]:
    """The resources of one of the sandbox's own synthetic scenarios, ids renamed if asked."""
    text = (SCENARIOS / f"{name}.json").read_text()
    for old, new in (renamed or {}).items():
        text = text.replace(old, new)
    return [entry["resource"] for entry in json.loads(text)["entry"]]


#: A note from long before the lumbar MRI checklist's widest lookback window.
OLD_NOTE = {
    "resourceType": "DocumentReference", "id": "lmri-gapped-note-2023", "status": "current",
    "subject": {"reference": "Patient/lmri-gapped"}, "date": "2023-01-10T12:00:00Z",
    "type": {"text": "Progress note"},
    "content": [{"attachment": {"contentType": "text/plain", "url": "Binary/lmri-old-2023"}}],
}  # fmt: skip


def population() -> list[dict]:
    # Its coverage arrives only as an unreadable line (below): without it the report would say
    # "no CareSource coverage" (not ready); it must say the coverage could not be checked.
    unreadable = [r for r in scenario("walker-complete",
                                      renamed={"walker-complete": "walker-unreadable"})
                  if r["resourceType"] != "Coverage"]  # fmt: skip
    fails = [r for r in scenario("walker-complete", renamed={"walker-complete": "walker-fails",
                                                             "md-marchetti": "md-gone"})
             if r["resourceType"] != "Practitioner"]  # its ordering clinician cannot be read
    no_order = [{"resourceType": "Patient", "id": "no-order"},
                {"resourceType": "Condition", "id": "no-order-c1",
                 "subject": {"reference": "Patient/no-order"},
                 "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",
                                      "code": "I10"}]}}]  # fmt: skip
    return (scenario("walker-complete") + scenario("lmri-gapped") + [OLD_NOTE] + unreadable
            + fails + no_order)  # fmt: skip


class FakeEhr:
    """The EHR side at the seam; records which Binaries were read."""

    UNREADABLE = '{"resourceType": "Coverage", "beneficiary": {"reference": "Patient/walker-unreadable"}, "payor": '  # noqa: E501

    def __init__(self, mocked: responses.RequestsMock, extra: tuple[dict, ...] = (), *,
                 failed_types: tuple[str, ...] = (), dropped_types: tuple[str, ...] = (),
                 error_lines: tuple[str | dict, ...] = ()):
        """``failed_types``: no file, and an error-file issue about the whole type (its
        ``expression``); ``dropped_types``: no file and no error (the manifest is silent);
        ``error_lines``: more lines of the error file, after its readable OperationOutcome."""
        resources = population() + list(extra)
        self.binaries = {r["id"]: r for r in resources if r["resourceType"] == "Binary"}
        self.practitioners = {r["id"]: r for r in resources
                              if r["resourceType"] == "Practitioner"}  # fmt: skip
        by_type: dict[str, list] = {}
        for resource in resources:
            by_type.setdefault(resource["resourceType"], []).append(resource)
        self.read: list[str] = []
        token_endpoint(mocked)
        mocked.add("GET", f"{BASE}/Group/clinic-7/$export", status=202,
                   headers={"Content-Location": STATUS_URL})  # fmt: skip
        mocked.add("GET", STATUS_URL, status=202, headers={"Retry-After": "0",
                                                            "X-Progress": "exporting"})
        output = []
        for kind in EXPORT_TYPES:
            if kind in failed_types or kind in dropped_types:
                continue
            url = f"{BASE}/files/{kind}.ndjson"
            lines = by_type.get(kind, []) + ([self.UNREADABLE] if kind == "Coverage" else [])
            mocked.add("GET", url, body=ndjson(*lines), content_type="application/fhir+ndjson")
            output.append({"type": kind, "url": url})
        errors = {"resourceType": "OperationOutcome", "issue": [
            {"severity": "error", "code": "processing", "diagnostics": "Encounter e9 skipped"}]
            + [{"severity": "error", "code": "exception", "expression": [kind],
                "diagnostics": "export timed out"} for kind in failed_types]}  # fmt: skip
        mocked.add("GET", f"{BASE}/files/errors.ndjson", body=ndjson(errors, *error_lines))
        mocked.add("GET", STATUS_URL, json={
            "transactionTime": "2026-11-22T02:00:00Z", "requiresAccessToken": True,
            "output": output,
            "error": [{"type": "OperationOutcome", "url": f"{BASE}/files/errors.ndjson"}],
        })  # fmt: skip
        self.records: dict[tuple[str, str], list[dict]] = {}
        for resource in resources:
            owner = patient_of(resource)
            if owner is not None:
                self.records.setdefault((resource["resourceType"], owner), []).append(resource)
        searched = "|".join(t for t in EXPORT_TYPES if t != "Patient")
        mocked.add_callback("GET", re.compile(re.escape(BASE) + f"/({searched})\\?.*"),
                            callback=self.search)  # fmt: skip
        mocked.add_callback("GET", re.compile(re.escape(BASE) + "/Patient/[A-Za-z0-9-]+$"),
                            callback=self.patient)  # fmt: skip
        mocked.add_callback("GET", re.compile(re.escape(BASE) + "/Binary/.+"), callback=self.binary)
        mocked.add_callback("GET", re.compile(re.escape(BASE) + "/Practitioner/.+"),
                            callback=self.practitioner)  # fmt: skip

    def binary(self, request):
        name = request.url.rsplit("/", 1)[1]
        assert request.headers["Authorization"].startswith("Bearer token-")
        self.read.append(name)
        found = self.binaries.get(name)
        if found is None:
            return 404, {}, ""
        return 200, {"Content-Type": found["contentType"]}, base64.b64decode(found["data"])

    def practitioner(self, request):
        name = request.url.rsplit("/", 1)[1]
        if name not in self.practitioners:
            return 401, {}, ""  # refused even after a new token: this patient's read fails
        return 200, {"Content-Type": "application/fhir+json"}, json.dumps(self.practitioners[name])

    def search(self, request):
        """A patient search (an incremental run re-reads each record): every resource of the
        type for the patient, whatever the category asked for (the reader de-duplicates)."""
        parts = urlsplit(request.url)
        kind = parts.path.rsplit("/", 1)[1]
        patient = parse_qs(parts.query).get("patient", [""])[0]
        found = self.records.get((kind, patient), [])
        bundle = {"resourceType": "Bundle", "type": "searchset",
                  "entry": [{"resource": r, "search": {"mode": "match"}} for r in found]}
        return 200, {"Content-Type": "application/fhir+json"}, json.dumps(bundle)

    def patient(self, request):
        found = self.records.get(("Patient", request.url.rsplit("/", 1)[1]))
        if not found:
            return 404, {}, ""
        return 200, {"Content-Type": "application/fhir+json"}, json.dumps(found[0])
