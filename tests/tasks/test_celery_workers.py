"""Checks on Celery with a real Redis and real ``smartapp worker`` processes against the sandbox
EHR (issue 16): a check survives SIGKILL of its worker and finishes on another, the same check
delivered twice records one result, a 429 storm backs off honouring Retry-After, the per-EHR
rate limit holds across two workers, and workers take interactive checks before bulk work.
Skipped unless REDIS_URL_TEST is set (scripts/test.sh starts a throwaway redis-server, like
PostgreSQL)."""

from __future__ import annotations

import base64
import json
import os
import time
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import pytest
import redis
import requests
from app_server import SHIPPED_SECRET, LiveApp, start_live_app
from task_databases import BOTH
from workers import Workers, worker_env

from smartapp import PROJECT_ROOT
from smartapp.db import session_factory
from smartapp.models import CheckRun
from smartapp.tasks import backend

pytestmark = pytest.mark.sandbox

AS_OF = "2026-11-22"
PATIENT, ORDER = "lmri-gapped", "lmri-gapped-order"


@dataclass
class Queue:
    live: LiveApp
    workers: Workers
    sandbox: object

    def launch(self, patient: str = PATIENT, order: str | None = ORDER) -> requests.Session:
        """An EHR launch; the app's page enqueues the check on the broker."""
        context = self.sandbox.admin("POST", "launches",
                                     {"tenant": "plain", "patient": patient, "order": order})
        context.raise_for_status()
        browser = requests.Session()
        page = browser.get(f"{self.live.url}/launch", timeout=30,
                           params={"iss": context.json()["iss"],
                                   "launch": context.json()["launch"]})
        assert page.status_code == 200, page.text[:400]
        return browser

    def runs(self) -> list[CheckRun]:
        with session_factory(self.live.app)() as db:
            return db.query(CheckRun).order_by(CheckRun.created_at).all()

    def wait(self, condition, timeout: float = 90, what: str = "the condition") -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert time.monotonic() < deadline, f"timed out waiting for {what}"
            time.sleep(0.2)

    def finished(self, timeout: float = 90) -> list[CheckRun]:
        self.wait(lambda: all(r.status != "running" for r in self.runs()), timeout,
                  "the checks to finish")
        return self.runs()

    def fhir_log(self) -> list[dict]:
        return [entry for entry in self.sandbox.admin("GET", "requests").json()
                if entry["tenant"] == "plain"]


@pytest.fixture
def queue(sandbox_faults, database, tmp_path, monkeypatch):
    url = os.environ.get("REDIS_URL_TEST")
    if not url:
        pytest.skip("REDIS_URL_TEST is not set (scripts/test.sh starts Redis)")
    redis.Redis.from_url(url).flushdb()
    monkeypatch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
    # Short broker and lease timings so that a dead worker's check comes back in seconds.
    settings = {"AS_OF": AS_OF, "CELERY_BROKER_URL": url, "CELERY_VISIBILITY_TIMEOUT": 4,
                "CELERY_RESTORE_INTERVAL": 1, "TASK_LEASE_SECONDS": 3}
    live = start_live_app(sandbox_faults, tmp_path, DATABASE_URL=database, **settings)
    env = worker_env({**settings, "SECRET_KEY": live.app.config["SECRET_KEY"],
                      "DATABASE_URL": live.app.config["DATABASE_URL"],
                      "SANDBOX_ORIGIN": sandbox_faults.origin,
                      "LAUNCH_REGISTRY": str(PROJECT_ROOT / "launch.json")}, tmp_path)
    workers = Workers(env, tmp_path)
    yield Queue(live, workers, sandbox_faults)
    workers.stop_all()
    live.stop()


@BOTH
def test_a_check_survives_sigkill_of_its_worker_and_finishes_on_another(queue):
    # Slow EHR answers keep the check running long enough to kill its worker mid-way.
    queue.sandbox.admin("POST", "faults", {"rules": [], "latency_ms": 400}).raise_for_status()
    queue.workers.start("first")
    queue.launch()
    queue.wait(lambda: queue.runs() and queue.runs()[0].attempt == 1
               and len(queue.fhir_log()) >= 2, what="the first worker to start reading")
    queue.workers.kill("first")
    assert queue.runs()[0].status == "running"
    queue.sandbox.admin("POST", "faults", {"rules": [], "latency_ms": 0}).raise_for_status()
    queue.workers.start("second")
    [run] = queue.finished()
    assert run.status == "done", run.error
    assert run.attempt == 2 and run.report["items"]
    assert "check run finished" in queue.workers.log("second")


@BOTH
def test_the_same_check_delivered_twice_records_one_result(queue):
    queue.workers.start("first")
    queue.workers.start("second")
    browser = queue.launch()
    [run] = queue.runs()
    # The broker delivers the same message again (as after a lost acknowledgement).
    backend(queue.live.app).enqueue("check.run", queue="interactive",
                                    ids={"run_id": run.id, "session_id": run.session_id,
                                         "then": None})
    [run] = queue.finished()
    assert run.status == "done" and run.attempt == 1
    # The page polls the same row whichever backend ran the check.
    progress = browser.get(f"{queue.live.url}/checks/{run.id}/progress", timeout=30).json()
    assert progress["status"] == "done"
    assert progress["progress"]["searches_done"] == progress["progress"]["searches_total"] > 0
    page = browser.get(f"{queue.live.url}/patient", timeout=30).text
    assert "Checklist: Lumbar spine MRI" in page and "LMRI-003" in page
    logs = lambda: queue.workers.log("first") + queue.workers.log("second")  # noqa: E731
    queue.wait(lambda: "already finished: this delivery is a duplicate" in logs(),
               what="the duplicate delivery to be turned away")
    assert logs().count("check run finished") == 1
    # The record was read once: no search or read of the check was sent twice (the page's own
    # Patient read for its banner aside).
    sent = Counter((e["path"], e["query"]) for e in queue.fhir_log()
                   if not e["path"].startswith("Patient/"))
    assert sent and max(sent.values()) == 1, sent.most_common(3)


def test_a_429_storm_backs_off_honouring_retry_after(queue):
    # Every Condition search is refused 4 times in a row: the client's own retries run out, the
    # task is queued again after the EHR's Retry-After, and the second try reads everything.
    rule = {"action": "status", "status": 429, "retry_after": 2, "times": 4,
            "match": {"resource_type": "Condition"}}
    queue.sandbox.admin("POST", "faults", {"rules": [rule]}).raise_for_status()
    queue.workers.start("first")
    queue.launch()
    [run] = queue.finished()
    assert run.status == "done", run.error
    assert run.attempt == 2
    assert not [w for w in run.could_not_check if w["reason"] == "timeout"]
    conditions = [e for e in queue.fhir_log() if e["path"] == "Condition"]
    seen = [(e["query"][:60], e["status"], round(e["at"] - conditions[0]["at"], 2))
            for e in conditions]
    refused = [e for e in conditions if e["status"] == 429]
    assert len(refused) == 4, seen
    for before, after in pairwise(conditions):
        if before["status"] == 429:  # nobody asked again before the EHR said to
            assert after["received"] - before["at"] >= 1.9, seen


def test_the_rate_limit_holds_across_two_workers(queue):
    rate = 8.0
    queue.workers.env["SMARTAPP_FHIR_RATE_LIMIT"] = str(rate)
    queue.workers.start("first")
    queue.workers.start("second")
    for _ in range(4):
        queue.launch()
    runs = queue.finished(timeout=120)
    assert [r.status for r in runs] == ["done"] * 4
    assert "check run finished" in queue.workers.log("first")
    assert "check run finished" in queue.workers.log("second")
    # The limiter lets a request go when it is sent; the sandbox logs when each arrived (not
    # when it was answered: on a busy machine a slow answer bunched the answers of requests
    # sent apart). Arrivals may still lag their sending by up to LATENCY, so a window of
    # arrivals may hold the requests sent in a window LATENCY longer. 0.5 s was not enough on
    # CI's loaded 2 cores (21.4 over an allowance of 17). Measured on a quiet machine (68
    # requests): the worst window is 15 at 0.5 s and 7 at 1.5 s; with no limit it is 51 at 1.5 s,
    # so the check still fails by far without the limiter.
    latency = 1.5
    times = sorted(e["received"] for e in queue.fhir_log())
    burst = 2 * rate  # the bucket holds two seconds' worth
    # Token bucket: between any two requests, at most burst + rate × elapsed.
    worst = max(j - i + 1 - rate * (times[j] - times[i] + latency)
                for i in range(len(times)) for j in range(i, len(times)))
    assert worst <= burst + 1, f"{worst:.1f} requests over the limit's allowance"
    assert len(times) > burst + rate  # enough requests that the limit had to act
    assert times[-1] - times[0] >= (len(times) - burst - 1) / rate - latency


def test_workers_take_interactive_checks_before_bulk_work(queue):
    for _ in range(4):
        queue.launch()
    runs = queue.runs()
    # Forget the launches' messages, then queue the runs again: two bulk, then two interactive.
    broker = redis.Redis.from_url(os.environ["REDIS_URL_TEST"])
    broker.flushdb()
    send = backend(queue.live.app).enqueue
    for run, lane in zip(runs, ("bulk", "bulk", "interactive", "interactive"), strict=True):
        send("check.run", queue=lane, ids={"run_id": run.id, "session_id": run.session_id})
    # What the broker holds: the task's name and ids, never a token or record data.
    access_token, _ = queue.live.tokens(runs[0].session_id)
    waiting = broker.lrange("interactive", 0, -1) + broker.lrange("bulk", 0, -1)
    assert len(waiting) == 4
    for raw in waiting:
        message = json.loads(raw)
        assert access_token not in raw.decode() and message["headers"]["task"] == "check.run"
        _args, kwargs, _options = json.loads(base64.b64decode(message["body"]))
        assert set(kwargs) == {"run_id", "session_id"}
    queue.workers.start("only")  # one pool process: one check at a time
    done = {run.id: run for run in queue.finished(timeout=120)}
    assert all(run.status == "done" for run in done.values())
    bulk, interactive = [done[r.id].finished_at for r in runs[:2]], [done[r.id].finished_at
                                                                   for r in runs[2:]]
    # Queued last, both interactive checks ran before either bulk one (not taken in turns).
    assert max(interactive) < min(bulk)
