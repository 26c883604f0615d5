"""What coordinators and operators see: the worklist's "Run population check" button and the run
page (progress, counts, the failing patient by id), rows marked as found by the run, the
``smartapp population run`` command, and the nightly schedule as data."""

from __future__ import annotations

import re
import time

import pytest
import responses
from page_forms import csrf_of
from population_ehr import FakeEhr
from population_helpers import ENTRY, app_with, signed_in

from smartapp.errors import ConfigError
from smartapp.population.cli import population
from smartapp.population.runs import wait_for
from smartapp.population.schedule import beat_schedule

COORDINATOR = "Practitioner/pa-coordinator"


@pytest.fixture
def app(tmp_path):
    return app_with(tmp_path, COORDINATORS={"ehr": [COORDINATOR]}, BULK_WORKERS=2)


def test_a_coordinator_starts_a_run_from_the_worklist_and_follows_it(app):
    client = signed_in(app, COORDINATOR)
    worklist = client.get("/worklist")
    assert "Run population check" in worklist.text
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        FakeEhr(mocked)
        started = client.post("/population/runs", data={"csrf_token": csrf_of(worklist.text)})
        assert started.status_code == 303
        page_url = started.headers["Location"]
        running = client.get(page_url)
        assert running.status_code == 200
        assert '<progress id="run-progress"' in running.text
        run_id = page_url.rsplit("/", 1)[1]
        assert wait_for(app, run_id, timeout=240) == "done"
    page = client.get(page_url).text
    assert "Finished" in page and 'http-equiv="refresh"' not in page
    counts = dict(re.findall(r'data-count="(\w+)">(\d+)<', page))
    assert counts == {"seen": "5", "scored": "3", "ready": "1", "not_ready": "1",
                      "incomplete": "1", "no_checklist": "0", "errors": "1"}  # fmt: skip
    assert "walker-fails" in page  # the patient whose record failed, by id
    assert "Encounter e9 skipped" in page  # what the export's error file said
    rows = client.get("/worklist").text
    assert rows.count("Found by the nightly run") == 3
    request_page = client.get(re.search(r'href="(/requests/\d+)"', rows)[1]).text
    assert "Population run" in request_page  # who saved the report, by name, not a URL
    assert "smartapp-population-run" not in request_page


def test_only_coordinators_start_runs_and_an_ehr_without_backend_has_no_button(app, tmp_path):
    client = signed_in(app, COORDINATOR)
    token = csrf_of(client.get("/worklist").text)
    clinician = signed_in(app, "Practitioner/dr-someone")
    with clinician.session_transaction() as flask_session:
        sid = flask_session["sid"]
    with client.session_transaction() as flask_session:  # same browser, now the clinician
        flask_session["sid"] = sid
    refused = client.post("/population/runs", data={"csrf_token": token})
    assert refused.status_code == 403 and "PA coordinators" in refused.text
    plain = app_with(tmp_path / "plain", {k: v for k, v in ENTRY.items() if k != "backend"},
                     COORDINATORS={"ehr": [COORDINATOR]})  # fmt: skip
    assert "Run population check" not in signed_in(plain, COORDINATOR).get("/worklist").text


def test_the_cli_runs_and_prints_the_summary_with_the_failing_patient(app):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mocked:
        FakeEhr(mocked)
        result = app.test_cli_runner().invoke(
            population, ["run", "--ehr", "ehr", "--as-of", "2026-11-22", "--wait"], obj=app
        )
    assert result.exit_code == 0, result.output
    assert "status: done; patients seen 5, orders scored 3" in result.output
    assert "patient walker-fails:" in result.output


def test_the_cli_refuses_an_ehr_without_backend_and_a_bad_since(app):
    runner = app.test_cli_runner()
    result = runner.invoke(population, ["run", "--ehr", "nowhere"], obj=app)
    assert result.exit_code != 0 and "No EHR 'nowhere'" in str(result.exception)
    result = runner.invoke(population, ["run", "--ehr", "ehr", "--since", "yesterday"], obj=app)
    assert "--since must be a date" in str(result.exception)


def test_the_nightly_schedule_is_data_checked_at_start_up(tmp_path):
    app = app_with(tmp_path, POPULATION_SCHEDULE=[{"ehr": "ehr", "hour": 2, "minute": 30}])
    assert beat_schedule(app) == {"population-ehr": {
        "task": "population.nightly", "schedule": {"hour": 2, "minute": 30},
        "kwargs": {"server_id": "ehr"}}}  # fmt: skip
    for bad, named in (({"ehr": "nowhere", "hour": 2}, "no EHR 'nowhere'"),
                       ({"ehr": "ehr", "hour": 24}, "'hour' must be"),
                       ({"ehr": "ehr"}, "'hour' must be")):  # fmt: skip
        with pytest.raises(ConfigError, match=named):
            app_with(tmp_path / str(time.monotonic_ns()), POPULATION_SCHEDULE=[bad])
