"""The population run end to end against the real sandbox EHR (issue 16): the shipped launch.json's
sandbox-epic ``backend`` block authenticates as ``smartapp-backend`` (client_credentials +
private_key_jwt, the app's key from its JWKS), exports the sandbox's ``population`` Group with
Bulk Data and scores every patient with a checkable order; the results are compared with the
sandbox's own plan of who has which order (sandbox.synthetic.population.plan). Also: a patient
whose record fails mid-export, an export whose DocumentReference file failed (notes "could not
be checked", never "missing"), cancel, expired file links, an incremental
run's ``_since``, and the same run on a real ``smartapp worker`` with Redis.

One sandbox (``--population 40``) serves the module: each start costs ~45 s."""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import time

import pytest
import redis
from app_server import LiveApp, start_live_app
from page_forms import csrf_of
from sandbox_peer import start_sandbox, stop_sandbox
from workers import Workers, worker_env

from sandbox.synthetic.population import plan
from smartapp import PROJECT_ROOT
from smartapp.db import session_factory
from smartapp.launch.secrets import seal
from smartapp.models import AppSession, PopulationRun, SavedReport, TrackedRequest
from smartapp.population.cli import population
from smartapp.population.runs import summary, wait_for

pytestmark = pytest.mark.sandbox

SIZE = 40
AS_OF = "2026-11-22"
EHR = "sandbox-epic"
COORDINATOR = "Practitioner/pa-coordinator"
PLAN = plan(SIZE)
ORDERS = {p.id: p for p in PLAN if p.order}


@pytest.fixture(scope="module")
def population_ehr():
    sandbox = start_sandbox(generated=False, extra=("--population", str(SIZE)))
    yield sandbox
    stop_sandbox(sandbox.process)


@pytest.fixture
def live(population_ehr, tmp_path):
    population_ehr.reset_faults()
    app = start_live_app(population_ehr, tmp_path, AS_OF=AS_OF, BULK_WORKERS=2,
                         COORDINATORS={EHR: [COORDINATOR]})  # fmt: skip
    yield app
    app.stop()
    population_ehr.reset_faults()


def coordinator(live: LiveApp):
    """A coordinator signed in at the sandbox-epic entry (the launch itself is tested in
    tests/launch; what matters here is whose session starts the run)."""
    with live.app.app_context():
        token = seal("not-used-by-a-population-run")
    record = AppSession(
        id=secrets.token_urlsafe(16), server_id=EHR, iss=live.app.config["SANDBOX_ORIGIN"]
        + "/epic/fhir", token_endpoint="unused", patient_id=None, fhir_user=COORDINATOR,
        granted_scope="openid fhirUser", access_token=token,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
    )  # fmt: skip
    with session_factory(live.app)() as db:
        db.add(record)
        db.commit()
    client = live.app.test_client()
    with client.session_transaction() as flask_session:
        flask_session["sid"] = record.id
    return client


def press_run(client) -> str:
    """Press "Run population check" on the worklist; the run page's URL."""
    worklist = client.get("/worklist").text
    assert "Run population check" in worklist
    started = client.post("/population/runs", data={"csrf_token": csrf_of(worklist)})
    assert started.status_code == 303, started.text[:400]
    return started.headers["Location"]


def run_cli(live: LiveApp, *args: str):
    return live.app.test_cli_runner().invoke(
        population, ["run", "--ehr", EHR, "--as-of", AS_OF, "--wait", "--timeout", "240", *args],
        obj=live.app,
    )


def states(live: LiveApp) -> dict[str, str]:
    with session_factory(live.app)() as db:
        return {r.patient_ref.removeprefix("Patient/"): r.readiness_state
                for r in db.query(TrackedRequest) if r.source == "population"}  # fmt: skip


def expected_states() -> dict[str, str]:
    return {pid: "ready" if p.ready else "not_ready" for pid, p in ORDERS.items()}


def latest_run(live: LiveApp) -> PopulationRun:
    with session_factory(live.app)() as db:
        return db.query(PopulationRun).order_by(PopulationRun.created_at.desc()).first()


def summary_of(live: LiveApp):
    with session_factory(live.app)() as db:
        return summary(db, latest_run(live).id)


def test_a_coordinators_run_scores_the_sandbox_population_as_planned(live):
    assert {p.order_type for p in ORDERS.values()} == {"ServiceRequest", "DeviceRequest"}
    client = coordinator(live)
    page_url = press_run(client)
    run_id = page_url.rsplit("/", 1)[1]
    assert wait_for(live.app, run_id, timeout=240) == "done"
    page = client.get(page_url).text
    counts = dict(re.findall(r'data-count="(\w+)">(\d+)<', page))
    ready = sum(1 for p in ORDERS.values() if p.ready)
    assert counts == {"seen": str(SIZE), "scored": str(len(ORDERS)), "ready": str(ready),
                      "not_ready": str(len(ORDERS) - ready), "incomplete": "0",
                      "no_checklist": "0", "errors": "0"}, counts  # fmt: skip
    # Every planned order, DeviceRequests included, and nothing else (no completed order).
    assert states(live) == expected_states()
    rows = client.get("/worklist").text
    assert rows.count("Found by the nightly run") == len(ORDERS)
    # Types no patient has (this population has no DiagnosticReport, so the manifest lists no
    # file for it) are read over FHIR per patient: nothing reads "could not be checked".
    assert "Could not check" not in rows


def test_a_patient_failing_mid_export_is_named_and_the_run_completes(live, population_ehr):
    failing = sorted(ORDERS)[0]
    population_ehr.admin("POST", "bulk/faults", {"fail_patients": [failing]}).raise_for_status()
    result = run_cli(live)
    assert result.exit_code == 0, result.output
    assert f"orders scored {len(ORDERS) - 1}" in result.output
    # The EHR's error file names the patient; the run page and the CLI show it.
    assert re.search(rf"export: export error file: .*{failing}", result.output), result.output
    run = latest_run(live)
    assert any(failing in str(p.get("text")) for p in run.export_problems)
    assert failing not in states(live)


def test_a_type_whose_export_failed_is_could_not_check_never_missing(live, population_ehr):
    population_ehr.admin("POST", "bulk/faults",
                         {"error_types": ["DocumentReference"]}).raise_for_status()  # fmt: skip
    result = run_cli(live)
    assert result.exit_code == 0, result.output
    run = latest_run(live)
    assert [p for p in run.export_problems if p["source"] == "export error file"
            and p.get("type") == "DocumentReference"], run.export_problems  # fmt: skip
    # The rest of the export was read and scored; every patient's notes are "could not be
    # checked", with the EHR's reason, and no item that reads notes says "missing".
    assert summary_of(live).scored == len(ORDERS)
    why = "the EHR's export of DocumentReference failed: export failed (injected)."
    with session_factory(live.app)() as db:
        rows = [r for r in db.query(TrackedRequest) if r.source == "population"]
        assert len(rows) == len(ORDERS)
        for row in rows:
            saved = db.get(SavedReport, row.latest_report_id)
            assert {"resource_type": "DocumentReference", "reason": "processing",
                    "detail": why} in saved.could_not_check  # fmt: skip
            notes = [i for i in saved.report["items"] if "note" in str(i.get("searched"))]
            assert notes and not [i["id"] for i in notes if i["status"] == "missing"], row.id
    # A patient ready when the notes are read is now incomplete, not "not ready".
    assert {pid for pid, state in states(live).items() if state == "ready"} == set()
    assert any(state == "incomplete" for state in states(live).values())
    worklist = coordinator(live).get("/worklist").text
    shown = "Could not check clinical notes: the EHR&#39;s export of clinical notes failed"
    assert shown in worklist


def test_cancel_stops_the_ehrs_export(live, population_ehr):
    population_ehr.admin("POST", "bulk/faults", {"slow_seconds": 60}).raise_for_status()
    jobs = lambda: {job["id"] for job in population_ehr.admin("GET", "bulk/jobs").json()}  # noqa: E731
    before = jobs()
    client = coordinator(live)
    page_url = press_run(client)
    run_id = page_url.rsplit("/", 1)[1]
    deadline = time.monotonic() + 60
    while not jobs() - before:
        assert time.monotonic() < deadline, "the export was never kicked off"
        time.sleep(0.2)
    [job] = jobs() - before
    page = client.get(page_url).text
    cancelled = client.post(f"{page_url}/cancel", data={"csrf_token": csrf_of(page)})
    assert cancelled.status_code == 303
    assert wait_for(live.app, run_id, timeout=60) == "cancelled"
    # The app DELETEs the export at its next status poll: the sandbox forgets the job.
    while job in jobs():
        assert time.monotonic() < deadline + 30, "the EHR's export was not cancelled"
        time.sleep(0.2)
    assert "Cancelled" in client.get(page_url).text
    assert states(live) == {}


def test_expired_file_links_give_the_clear_error(live, population_ehr):
    # The links die after the first file: the app is still reading the export.
    population_ehr.admin("POST", "bulk/faults", {"expire_after_files": 1}).raise_for_status()
    client = coordinator(live)
    page_url = press_run(client)
    assert wait_for(live.app, page_url.rsplit("/", 1)[1], timeout=240) == "failed"
    page = client.get(page_url).text
    assert "The export files expired before they were read" in page, latest_run(live).error
    assert "Start the population run again" in page


def test_an_incremental_run_sends_since_the_last_runs_transaction_time(live, population_ehr):
    assert run_cli(live).exit_code == 0
    first = latest_run(live)
    assert first.status == "done" and first.transaction_time
    result = run_cli(live, "--since", "last")
    assert result.exit_code == 0, result.output
    jobs = population_ehr.admin("GET", "bulk/jobs").json()
    assert [job["since"] for job in jobs][-2:] == [None, first.transaction_time]
    assert latest_run(live).since == first.transaction_time


def test_the_same_run_on_a_celery_worker_with_redis(population_ehr, tmp_path, monkeypatch):
    url = os.environ.get("REDIS_URL_TEST")
    if not url:
        pytest.skip("REDIS_URL_TEST is not set (scripts/test.sh starts Redis)")
    redis.Redis.from_url(url).flushdb()
    population_ehr.reset_faults()
    settings = {"AS_OF": AS_OF, "CELERY_BROKER_URL": url}
    live = start_live_app(population_ehr, tmp_path, **settings)
    env = worker_env({**settings, "SECRET_KEY": live.app.config["SECRET_KEY"],
                      "DATABASE_URL": live.app.config["DATABASE_URL"],
                      "SANDBOX_ORIGIN": population_ehr.origin,
                      "LAUNCH_REGISTRY": str(PROJECT_ROOT / "launch.json")}, tmp_path)
    workers = Workers(env, tmp_path)
    try:
        workers.start("bulk-worker")
        result = run_cli(live)
        assert result.exit_code == 0, result.output
        assert summary_of(live).scored == len(ORDERS)
        assert states(live) == expected_states()
        assert "population.patient" in workers.log("bulk-worker")
    finally:
        workers.stop_all()
        live.stop()
