"""A population run end to end at the network seam: the EHR (``responses``) issues a backend
token, exports a small population as NDJSON (a ready patient, a gapped one, one without an
order, one with an unreadable line, one whose record read fails) with an error file, and serves
note Binaries and the ordering clinician. The run completes, names the failure, and the worklist
gets one row per scored patient, marked as found by the population run."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
import responses
from population_ehr import AS_OF, FakeEhr
from population_helpers import BASE, STATUS_URL, app_with, token_endpoint

from smartapp.db import session_factory
from smartapp.models import (
    PopulationPatient,
    PopulationResource,
    PopulationRun,
    SavedReport,
    TrackedRequest,
)
from smartapp.population.export import export_task
from smartapp.population.patient import patient_task
from smartapp.population.runs import start_run, summary, wait_for


@pytest.fixture
def ran(tmp_path: Path):
    app = app_with(tmp_path, BULK_WORKERS=2)
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


def test_a_patient_task_delivered_twice_records_one_result(ran):
    app, run_id, _ehr = ran
    with app.app_context(), session_factory(app)() as db:
        before = db.query(SavedReport).count()
    patient_task(app, run_id, "walker-complete")  # a re-delivery after the run finished
    with app.app_context(), session_factory(app)() as db:
        assert db.query(SavedReport).count() == before
        # A delivery that saved the report but died before recording it: the next one finds
        # the saved report instead of saving a second version.
        row = db.get(PopulationPatient, (run_id, "walker-complete"))
        row.status, row.state, row.request_id = "pending", None, None
        db.commit()
    patient_task(app, run_id, "walker-complete")
    with app.app_context(), session_factory(app)() as db:
        assert db.query(SavedReport).count() == before
        row = db.get(PopulationPatient, (run_id, "walker-complete"))
        assert (row.status, row.state) == ("scored", "ready") and row.request_id


def test_an_export_task_delivered_again_polls_the_same_export_and_reads_it_afresh(tmp_path):
    app = app_with(tmp_path, BULK_WORKERS=2)
    with app.app_context(), session_factory(app)() as db:
        db.add(PopulationRun(id="r1", server_id="ehr", iss=BASE, status="exporting",
                             started_by="cli", as_of=AS_OF, status_url=STATUS_URL, progress={},
                             patients_seen=0, export_problems=[]))  # fmt: skip
        db.add(PopulationResource(run_id="r1", patient_id="walker-complete",
                                  resource_type="Patient", resource={"resourceType": "Patient",
                                  "id": "walker-complete"}))  # fmt: skip  # the dead delivery's
        db.commit()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        FakeEhr(mocked)
        export_task(app, "r1")
        assert wait_for(app, "r1", timeout=240) == "done"
        assert not any("$export?" in c.request.url for c in mocked.calls), "no second kick-off"
    with app.app_context(), session_factory(app)() as db:
        assert summary(db, "r1").ready == 1
        assert db.query(PopulationResource).count() == 0


def test_a_run_left_running_by_a_dead_process_does_not_block_the_next(tmp_path):
    app = app_with(tmp_path)
    with app.app_context(), session_factory(app)() as db:
        db.add(PopulationRun(id="old", server_id="ehr", iss=BASE, status="scoring",
                             started_by="cli", as_of=AS_OF, progress={}, patients_seen=0,
                             export_problems=[],
                             created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=2)))
        db.commit()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        FakeEhr(mocked)
        with app.app_context(), session_factory(app)() as db:
            new = start_run(app, db, "ehr", started_by="cli", as_of=AS_OF)
            assert new != "old"
            old = db.get(PopulationRun, "old")
            assert old.status == "failed" and old.error["kind"] == "InterruptedRunError"
        assert wait_for(app, new, timeout=240) == "done"


def test_an_incremental_run_sends_since_and_re_reads_each_named_record_over_fhir(tmp_path):
    app = app_with(tmp_path, BULK_WORKERS=2)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        FakeEhr(mocked)
        with app.app_context(), session_factory(app)() as db:
            first = start_run(app, db, "ehr", started_by="cli", as_of=AS_OF)
        assert wait_for(app, first, timeout=240) == "done"
        with app.app_context(), session_factory(app)() as db:
            second = start_run(app, db, "ehr", started_by="schedule", as_of=AS_OF, since="last")
        assert wait_for(app, second, timeout=240) == "done"
        kick_offs = [c.request for c in mocked.calls if "$export?" in c.request.url]
        searches = [c.request.url for c in mocked.calls if "/ServiceRequest?" in c.request.url]
    assert "_since" not in kick_offs[0].params
    assert kick_offs[1].params["_since"] == "2026-11-22T02:00:00Z"
    assert any("patient=walker-complete" in url for url in searches)
    with app.app_context(), session_factory(app)() as db:
        result = summary(db, second)
        assert result.run.since == "2026-11-22T02:00:00Z"
        assert result.candidates == 5  # every patient the changes name is re-read
        assert result.no_checklist == 1  # the one without an order: read, nothing to score
        ready = db.query(TrackedRequest).filter_by(patient_ref="Patient/walker-complete").one()
        assert db.query(SavedReport).filter_by(request_id=ready.id).count() == 2
        assert ready.readiness_state == "ready"
        assert db.query(PopulationResource).count() == 0


def test_cancelling_while_the_ehr_exports_deletes_the_export(tmp_path):
    app = app_with(tmp_path)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        token_endpoint(mocked)
        mocked.add("GET", f"{BASE}/Group/clinic-7/$export", status=202,
                   headers={"Content-Location": STATUS_URL})  # fmt: skip
        mocked.add("GET", STATUS_URL, status=202, headers={"Retry-After": "1"})
        mocked.add("DELETE", STATUS_URL, status=202)
        with app.app_context(), session_factory(app)() as db:
            run_id = start_run(app, db, "ehr", started_by="cli", as_of=AS_OF)
            while not any(c.request.url == STATUS_URL for c in mocked.calls):
                time.sleep(0.05)
            db.get(PopulationRun, run_id).status = "cancelled"
            db.commit()
        deadline = time.monotonic() + 30
        while not any(c.request.method == "DELETE" for c in mocked.calls):
            assert time.monotonic() < deadline, "the export was never cancelled at the EHR"
            time.sleep(0.05)
    assert wait_for(app, run_id, timeout=5) == "cancelled"


def test_an_export_whose_files_expired_fails_the_run_with_that_reason(tmp_path):
    app = app_with(tmp_path)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        token_endpoint(mocked)
        mocked.add("GET", f"{BASE}/Group/clinic-7/$export", status=202,
                   headers={"Content-Location": STATUS_URL})  # fmt: skip
        mocked.add("GET", STATUS_URL, json={"transactionTime": "2026-11-22T02:00:00Z",
                   "requiresAccessToken": True, "error": [],
                   "output": [{"type": "ServiceRequest", "url": f"{BASE}/files/sr.ndjson"}]})
        mocked.add("GET", f"{BASE}/files/sr.ndjson", status=410)
        with app.app_context(), session_factory(app)() as db:
            run_id = start_run(app, db, "ehr", started_by="cli", as_of=AS_OF)
        assert wait_for(app, run_id, timeout=60) == "failed"
    with app.app_context(), session_factory(app)() as db:
        error = db.get(PopulationRun, run_id).error
    assert error["kind"] == "ExportLinkExpiredError"
    assert error["message"] == "The export's ServiceRequest file is no longer available (HTTP 410)."
    assert "Start the population run again" in error["advice"]


def order(order_id: str, patient: str, system: str, code: str, authored: str) -> dict:
    return {"resourceType": "ServiceRequest", "id": order_id, "status": "active",
            "intent": "order", "subject": {"reference": f"Patient/{patient}"},
            "code": {"coding": [{"system": system, "code": code}]}, "authoredOn": authored,
            "requester": {"reference": "Practitioner/md-marchetti"}}  # fmt: skip


def test_every_checkable_open_order_of_a_patient_is_scored(tmp_path):
    """A newer order no checklist covers must not hide an older one that a checklist does."""
    app = app_with(tmp_path, BULK_WORKERS=2)
    extra = (
        order("lmri-gapped-walker", "lmri-gapped", "http://www.cms.gov/Medicare/Coding/"
              "HCPCSReleaseCodeSets", "E0143", "2026-11-20"),
        order("lmri-gapped-visit", "lmri-gapped", "http://www.ama-assn.org/go/cpt", "99213",
              "2026-11-21"),
    )  # fmt: skip
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        FakeEhr(mocked, extra)
        with app.app_context(), session_factory(app)() as db:
            run_id = start_run(app, db, "ehr", started_by="cli", as_of=AS_OF)
        assert wait_for(app, run_id, timeout=240) == "done"
    with app.app_context(), session_factory(app)() as db:
        row = db.get(PopulationPatient, (run_id, "lmri-gapped"))
        assert sorted(r["service"] for r in row.results) == ["72148", "E0143"]
        services = {r.service_code for r in
                    db.query(TrackedRequest).filter_by(patient_ref="Patient/lmri-gapped")}
        assert services == {"72148", "E0143"}
        assert summary(db, run_id).scored == 4  # 3 patients' orders + the second one here
