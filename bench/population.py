"""Population-run throughput with 1, 2 and 4 Celery workers against a sequential baseline
(issue 16; run by hand, never in tests):

    .venv/bin/python bench/population.py [--patients 2000] [--orders N] [--latency-ms 50]
                                         [--workers 1,2,4] [--redis-url URL]
                                         [--database-url URL] [--rate-limit 1000]

It starts the sandbox EHR with its population scenario (``--population N``: N patients, 15 % of
them with an order a checklist covers, i.e. 2,000 / 300 by default) and ``--latency-ms`` on every
FHIR request through its gateway (the note Binaries and ordering clinicians a patient task reads),
a throwaway Redis (scripts/redis.sh) unless ``--redis-url`` names one, and then runs the shipped
launch.json's ``sandbox-epic`` population run (Bulk Data export of Group ``population``, one
task per patient with an order), each time on a fresh database:

- baseline: one process, sequential -- the embedded task backend with ``BULK_WORKERS=1`` (the
  export, then each patient after another on one thread of this process);
- Celery: k ``smartapp worker --concurrency=1`` processes on the Redis broker, for each k.

For each it prints patients scored per minute over the scoring phase (from the moment the run
starts scoring to the moment it is done: the export is one task whatever the worker count) and
"warm" (after each process's first patient, which also pays its start-up: imports, checklists), and
for the Celery runs each worker's resident memory (its main process + its pool process) right
after start-up, and at the end of the run. Then the scaling ratio 1 -> 2 workers (issue 16's
target: >= 1.8x on a 2-core machine) and the memory change (target: flat).

The per-EHR rate limit is raised (``--rate-limit``, requests per second; the shipped default is
a gentle 20) so that it measures scoring, not the limit. SQLite by default (one file shared by
the processes, as in the tests); ``--database-url`` of an empty PostgreSQL database measures the
production layout (every configuration then drops the population tables' rows first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import redis
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from app_server import shipped_registration  # noqa: E402
from sandbox_peer import start_sandbox, stop_sandbox  # noqa: E402
from workers import Workers, worker_env  # noqa: E402

from smartapp import PROJECT_ROOT, create_app  # noqa: E402
from smartapp.db import session_factory  # noqa: E402
from smartapp.launch.keys import public_jwks  # noqa: E402
from smartapp.models import PopulationPatient, PopulationRun  # noqa: E402
from smartapp.population.runs import FINISHED, start_run, summary  # noqa: E402

EHR = "sandbox-epic"
AS_OF = "2026-11-22"


@dataclass
class Result:
    label: str
    scored: int
    failed: int
    export_s: float
    scoring_s: float
    rss_start: list[int]
    rss_end: list[int]
    #: Patients per minute once every process has scored its first patient (warm).
    steady: float

    @property
    def per_minute(self) -> float:
        return 60 * self.scored / self.scoring_s if self.scoring_s else 0.0


def rss_kb(pid: int) -> int:
    """Resident memory of a process and its children (a worker's main + pool processes)."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return total
    return total + sum(rss_kb(int(child)) for child in children)


def settings(args: argparse.Namespace, instance: Path, database: str, origin: str,
             broker: str | None) -> dict[str, object]:  # fmt: skip
    found: dict[str, object] = {
        "SECRET_KEY": "bench-population", "INSTANCE_PATH": str(instance),
        "DATABASE_URL": database, "SANDBOX_ORIGIN": origin, "AS_OF": AS_OF,
        "LAUNCH_REGISTRY": str(PROJECT_ROOT / "launch.json"),
        "FHIR_RATE_LIMIT": args.rate_limit, "COOKIE_MODE": "local-http",
    }  # fmt: skip
    if broker:
        found["CELERY_BROKER_URL"] = broker
    else:
        found["BULK_WORKERS"] = 1
    return found


def register_backend(origin: str, app) -> None:  # type: ignore[no-untyped-def]
    """Register smartapp-backend at the sandbox with this app's public keys (inline)."""
    shipped = shipped_registration("smartapp-backend")
    body = {"client_id": "smartapp-backend", "token_endpoint_auth_method": "private_key_jwt",
            "grant_types": shipped["grant_types"], "scope": shipped["scope"],
            "jwks": public_jwks(app)}  # fmt: skip
    requests.post(f"{origin}/_admin/clients", json=body, timeout=30).raise_for_status()


def database_for(args: argparse.Namespace, folder: Path, label: str) -> str:
    if not args.database_url:
        return f"sqlite:///{folder / f'{label}.sqlite3'}"
    from sqlalchemy import create_engine, text

    engine = create_engine(args.database_url)
    with engine.begin() as connection:  # a fresh start for each configuration
        for table in ("population_resources", "population_patients", "population_runs"):
            connection.execute(text(f"DELETE FROM {table}"))
    engine.dispose()
    return args.database_url


def steady_rate(app, run_id: str, processes: int) -> float:  # type: ignore[no-untyped-def]
    """Patients per minute between the ``processes``-th and the last patient finished: each
    process's first patient also pays its one-time start-up (imports, checklists), which a
    long-lived worker pays once, not per run."""
    with session_factory(app)() as db:
        times = sorted(t for (t,) in db.query(PopulationPatient.finished_at)
                       .filter_by(run_id=run_id) if t is not None)  # fmt: skip
    if len(times) <= processes + 1:
        return 0.0
    window = (times[-1] - times[processes - 1]).total_seconds()
    return 60 * (len(times) - processes) / window if window > 0 else 0.0


def one_run(app, label: str, rss=lambda: [], timeout: float = 6 * 3600):  # type: ignore[no-untyped-def]
    """Start a run and follow it: (run id, export s, scoring s, scored, failed, RSS at the end)."""
    factory = session_factory(app)
    started = time.monotonic()
    with app.app_context(), factory() as db:
        run_id = start_run(app, db, EHR, started_by="bench", as_of=dt.date.fromisoformat(AS_OF))
    scoring_from = None
    while True:
        with factory() as db:
            status = db.get(PopulationRun, run_id).status
        now = time.monotonic()
        if status != "exporting" and scoring_from is None:
            scoring_from = now
        if status in FINISHED:
            break
        if now - started > timeout:
            raise SystemExit(f"{label}: the run did not finish in {timeout:.0f} s")
        time.sleep(0.1)
    end = rss()
    with app.app_context(), factory() as db:
        result = summary(db, run_id)
        if status != "done":
            raise SystemExit(f"{label}: the run ended {status}: {result.run.error}")
        scored, failed = result.finished - len(result.failures), len(result.failures)
    assert scoring_from is not None
    return run_id, scoring_from - started, now - scoring_from, scored, failed, end


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--patients", type=int, default=2000)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--redis-url", default=None)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--rate-limit", type=float, default=1000.0)
    args = parser.parse_args()
    counts = [int(k) for k in args.workers.split(",") if k.strip()]
    broker = args.redis_url or subprocess.run(
        ["bash", "scripts/redis.sh", "start"], cwd=ROOT, check=True, capture_output=True,
        text=True).stdout.strip()  # fmt: skip
    print(f"population: {args.patients} patients, FHIR latency {args.latency_ms} ms, "
          f"broker {broker}, {os.cpu_count()} CPUs; load: {os.getloadavg()[0]:.2f}", flush=True)
    started = time.monotonic()
    sandbox = start_sandbox(generated=False, extra=("--population", str(args.patients),
                                                    "--latency-ms", str(args.latency_ms)))
    print(f"sandbox up in {time.monotonic() - started:.0f} s", flush=True)
    results: list[Result] = []
    folder = Path(tempfile.mkdtemp(prefix="bench-population-"))
    instance = folder / "instance"
    try:
        base = settings(args, instance, database_for(args, folder, "baseline"),
                        sandbox.origin, None)  # fmt: skip
        app = create_app(base)
        register_backend(sandbox.origin, app)  # the key is generated once, in `instance`
        run_id, export_s, scoring_s, scored, failed, _ = one_run(app, "baseline")
        results.append(Result("baseline (1 process, sequential)", scored, failed, export_s,
                              scoring_s, [], [], steady_rate(app, run_id, 1)))  # fmt: skip
        print(f"  baseline: {scored} scored in {scoring_s:.1f} s", flush=True)
        for k in counts:
            redis.Redis.from_url(broker).flushdb()
            config = settings(args, instance, database_for(args, folder, f"celery-{k}"),
                              sandbox.origin, broker)  # fmt: skip
            app = create_app(config)
            env = worker_env({k2: v for k2, v in config.items() if k2 != "INSTANCE_PATH"},
                             instance)  # fmt: skip
            workers = Workers(env, folder)
            try:
                for n in range(k):
                    workers.start(f"w{k}-{n}")
                pids = [p.pid for p in workers.running.values()]
                rss = lambda pids=pids: [rss_kb(pid) for pid in pids]  # noqa: E731
                start_rss = rss()
                run_id, export_s, scoring_s, scored, failed, end_rss = one_run(
                    app, f"{k} workers", rss)  # fmt: skip
            finally:
                workers.stop_all()
            results.append(Result(f"celery, {k} worker process{'es' * (k > 1)}", scored,
                                  failed, export_s, scoring_s, start_rss, end_rss,
                                  steady_rate(app, run_id, k)))  # fmt: skip
            print(f"  {k} workers: {scored} scored in {scoring_s:.1f} s", flush=True)
    finally:
        stop_sandbox(sandbox.process)
    report(results, counts)
    print(f"load at the end: {os.getloadavg()[0]:.2f} (1 min); files in {folder}")
    return 0


def report(results: list[Result], counts: list[int]) -> None:
    base, warm = results[0].per_minute, results[0].steady or 1.0
    print(f"\n{'configuration':34} {'scored':>6} {'failed':>6} {'export s':>8} "
          f"{'scoring s':>9} {'patients/min':>12} {'ratio':>6} {'warm/min':>9} {'ratio':>6}")
    for r in results:
        print(f"{r.label:34} {r.scored:>6} {r.failed:>6} {r.export_s:>8.1f} {r.scoring_s:>9.1f} "
              f"{r.per_minute:>12.1f} {r.per_minute / base:>5.2f}x {r.steady:>9.1f} "
              f"{r.steady / warm:>5.2f}x")  # fmt: skip
    by_count = dict(zip(counts, results[1:], strict=True))
    if 1 in by_count and 2 in by_count:
        one, two = by_count[1], by_count[2]
        print(f"\nscaling 1 -> 2 workers: {two.per_minute / one.per_minute:.2f}x over the scoring "
              f"phase, {two.steady / (one.steady or 1):.2f}x warm (target >= 1.8x on 2 cores)")
    print("\nRSS per worker (main + pool process), MB: start -> end of run")
    for r in results[1:]:
        pairs = ", ".join(f"{a / 1024:.0f} -> {b / 1024:.0f}"
                          for a, b in zip(r.rss_start, r.rss_end, strict=True))  # fmt: skip
        growth = max((b - a) / a for a, b in zip(r.rss_start, r.rss_end, strict=True) if a)
        print(f"  {r.label:34} {pairs}  (largest growth {growth:+.0%})")


if __name__ == "__main__":
    raise SystemExit(main())
