"""A population run end to end at the network seam: the EHR (``responses``) issues a backend
token, exports a small population as NDJSON (a ready patient, a gapped one, one without an
order, one with an unreadable line, one whose record read fails) with an error file, and serves
note Binaries and the ordering clinician. The run completes, names the failure, and the worklist
gets one row per scored patient, marked as found by the population run."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from pathlib import Path

import pytest
import responses
from population_helpers import BASE, STATUS_URL, app_with, ndjson, token_endpoint

from smartapp import PROJECT_ROOT
from smartapp.db import session_factory
from smartapp.models import PopulationPatient, PopulationResource, TrackedRequest
from smartapp.population.bulk import EXPORT_TYPES
from smartapp.population.runs import start_run, summary, wait_for

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

    def __init__(self, mocked: responses.RequestsMock):
        resources = population()
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
            url = f"{BASE}/files/{kind}.ndjson"
            lines = by_type.get(kind, []) + ([self.UNREADABLE] if kind == "Coverage" else [])
            mocked.add("GET", url, body=ndjson(*lines), content_type="application/fhir+ndjson")
            output.append({"type": kind, "url": url})
        errors = {"resourceType": "OperationOutcome", "issue": [
            {"severity": "error", "code": "processing", "diagnostics": "Encounter e9 skipped"}]}
        mocked.add("GET", f"{BASE}/files/errors.ndjson", body=ndjson(errors))
        mocked.add("GET", STATUS_URL, json={
            "transactionTime": "2026-11-22T02:00:00Z", "requiresAccessToken": True,
            "output": output,
            "error": [{"type": "OperationOutcome", "url": f"{BASE}/files/errors.ndjson"}],
        })  # fmt: skip
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


@pytest.fixture
def ran(tmp_path: Path):
    app = app_with(tmp_path, POPULATION_WORKERS=2)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        ehr = FakeEhr(mocked)
        with app.app_context(), session_factory(app)() as db:
            run_id = start_run(app, db, "ehr", started_by="cli", as_of=AS_OF)
        assert wait_for(app, run_id, timeout=240) == "done"
    return app, run_id, ehr


def test_population_run_scores_each_patient_with_an_order_and_names_the_failure(ran):
    app, run_id, ehr = ran
    with app.app_context(), session_factory(app)() as db:
        result = summary(db, run_id)
        assert result.run.patients_seen == 5
        assert result.candidates == 4  # the patient without an order is seen, not scored
        assert (result.ready, result.not_ready, result.incomplete) == (1, 1, 1)
        assert [f["patient_id"] for f in result.failures] == ["walker-fails"]
        assert result.failures[0]["kind"] == "FhirAuthError"
        assert result.run.transaction_time == "2026-11-22T02:00:00Z"
        problems = [p["text"] for p in result.run.export_problems]
        assert "Encounter e9 skipped" in problems
        assert any("line" in text and "not JSON" in text for text in problems)
        rows = {r.patient_ref: r for r in db.query(TrackedRequest)}
        assert set(rows) == {"Patient/walker-complete", "Patient/lmri-gapped",
                             "Patient/walker-unreadable"}  # fmt: skip
        assert {r.source for r in rows.values()} == {"population"}
        assert rows["Patient/walker-complete"].readiness_state == "ready"
        assert rows["Patient/lmri-gapped"].readiness_state == "not_ready"
        # The unreadable Coverage line is "could not be checked", never a silent "missing".
        assert rows["Patient/walker-unreadable"].readiness_state == "incomplete"
        states = {p.patient_id: p.status for p in db.query(PopulationPatient)}
        assert states["walker-fails"] == "failed"
        assert db.query(PopulationResource).count() == 0, "staging is deleted once scored"
    # Notes were read with the backend token; the gapped patient's 2023 note is outside every
    # lookback window of its checklist, so its Binary was never requested.
    assert any(name.startswith("walker-complete-note") for name in ehr.read)
    assert any(name.startswith("lmri-gapped-note") for name in ehr.read)
    assert "lmri-old-2023" not in ehr.read
