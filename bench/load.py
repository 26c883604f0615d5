"""Benchmark: the coordinator's saved-report page and worklist under 50 concurrent clients.

Baselines: the issue's targets -- p95 <= 200 ms with 0 errors (each scenario prints its p95 as a
ratio of that target, <= 1.00 meets it), and <= 2 ms of app CPU a request, <= 8 x the CPU a
minimal Flask app spends serving the same pages' bytes (the ``ratio`` column).

    bash scripts/apt.sh                     # Debian's wrk (and PostgreSQL)
    .venv/bin/python bench/load.py          # SQLite file in a temp dir
    .venv/bin/python bench/load.py --database-url "$(bash scripts/postgres.sh start)"
    .venv/bin/python bench/load.py --duration 10 --threads 1 --scenarios request
    .venv/bin/python bench/load.py --threads 4 --think-ms 1000   # 50 users, ~1 click/s each

What it does: creates a fresh database (a temp SQLite file, or a new database on the given
PostgreSQL server, dropped afterwards), migrates it and seeds 500 tracked requests for ~100
synthetic patients through the app's own store functions (bench/load_seed.py), opening each
request's page once as the clinician who saved it (the Save button redirects there;
``--no-saver-views`` leaves that out); signs a
coordinator session cookie the way Flask does; starts gunicorn on 127.0.0.1 with
2 × cores + 1 workers (gunicorn's documented starting point: one worker per core serving
while another waits on I/O, here on the database) -- once per ``--threads`` value, 1 meaning
the sync worker class and more meaning gthread; then drives each scenario with Debian's
``wrk`` (bench/load.lua spreads requests over the paths and carries the cookie):

- ``worklist``: the worklist with a dozen filter/sort/page combinations;
- ``request``: the saved-report page of every request (and some older report versions);
- ``mixed``: both, about four report pages to one worklist view;
- ``dashboard`` (only when named: ``--scenarios dashboard``): the coordinator dashboard with half
  a dozen filters (its charts read every matching request's current report).

Each scenario runs on its own copy of the seeded database (file copy, or PostgreSQL's
``CREATE DATABASE … TEMPLATE``) behind a freshly started gunicorn, after a warm-up (``--warm-up``,
5 s), so the audit events one run adds cannot make the next run's pages heavier.

``--think-ms N`` turns the 50 connections into 50 users who each pause about N ms between a
response and their next click (needs ``--threads 4``: gthread workers, which wait on idle
connections without holding a worker). The target is for the closed loop; the think-time run
shows what coordinators clicking at that pace see.

Every page view writes its audit event, as in production.

After each scenario the same gunicorn settings and wrk load run against the yardstick
(bench/load_minimal.py): a minimal Flask app serving the very pages the app rendered for these
paths (captured once from a copy of the seeded database) as stored bytes. One row per server.
Columns: requests/s, latency percentiles, errors (non-2xx responses plus socket
connect/read/write/timeout errors), p95 as a ratio of the target, the CPU milliseconds the
server (gunicorn and its workers) spent per request, and on the app's row its ratio to the
yardstick's (the headroom: what the pages cost beyond serving their bytes; a ratio holds on a
busy shared machine, where absolute milliseconds do not), the CPU ms per request of the
database's own backends (PostgreSQL on this machine; SQLite runs inside the workers), of wrk,
the largest worker's RSS and the PSS of all server processes (MB; RSS counts shared pages in
every worker, PSS splits them), and the 1-minute load average at the end of the run. wrk shares
the 2 cores with the server, and a shared machine's other work shows in the latencies.
``--py-spy DIR`` samples the workers during each scenario (``pip install py-spy`` into the
venv: a bench-only tool, not a project dependency). ``--no-yardstick`` skips the yardstick.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import secrets
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from load_run import MINIMAL, DatabaseCpu, Load, check_pages, gunicorn, run_wrk, sampled
from load_seed import COORDINATORS, Seeded, database_copy, fresh_database, seed

from smartapp import create_app
from smartapp.db import dispose

TARGET_P95_MS = 200.0
WORKLIST_VIEWS = [
    "/worklist", "/worklist?page=2", "/worklist?page=10", "/worklist?sort=readiness",
    "/worklist?status=open&status=in_progress", "/worklist?topic=dme&sort=patient",
    "/worklist?assignee=unassigned", "/worklist?assignee=me&sort=oldest",
    "/worklist?max_readiness=85&sort=readiness_desc", "/worklist?patient=quinn",
    "/worklist?service=72148&page=2", "/worklist?status=denied&sort=service",
]  # fmt: skip
DASHBOARD_VIEWS = [
    "/dashboard", "/dashboard?status=open&status=in_progress", "/dashboard?topic=dme",
    "/dashboard?readiness=not_ready", "/dashboard?service=72148", "/dashboard?status=denied",
]  # fmt: skip


def worker_count(cores: int) -> int:
    """gunicorn's documented starting point: (2 × cores) + 1."""
    return 2 * cores + 1


def app_settings(database_url: str) -> dict[str, object]:
    """The settings the seeding app and every gunicorn worker share."""
    return {"DATABASE_URL": database_url, "SECRET_KEY": f"load-{secrets.token_hex(24)}",
            "COORDINATORS": {"sandbox-plain": COORDINATORS},
            "COOKIE_MODE": "local-http"}  # fmt: skip


def session_cookie(app, sid: str) -> str:  # type: ignore[no-untyped-def]
    """``Cookie`` header value of a browser signed in as ``sid``, signed as Flask signs it.

    The session also holds the CSRF secret Flask-WTF puts there on the first page with a form,
    as a returning browser's does; without it every response would set a new cookie.
    """
    value = app.session_interface.get_signing_serializer(app).dumps(
        {"sid": sid, "csrf_token": secrets.token_hex(20)}
    )
    return f"{app.config['SESSION_COOKIE_NAME']}={value}"


def scenario_paths(seeded: Seeded) -> dict[str, list[str]]:
    pages = [f"/requests/{rid}" for rid in seeded.request_ids]
    pages += [f"/requests/{rid}/reports/{report}" for rid, report in seeded.old_versions[:50]]
    worklist = WORKLIST_VIEWS * 4
    mixed = pages + worklist * max(1, len(pages) // (3 * len(worklist)))
    return {"worklist": worklist, "request": pages, "mixed": mixed,
            "dashboard": DASHBOARD_VIEWS * 4}  # fmt: skip


HEADER = (f"{'backend':<10} {'workers':>7} {'threads':>7} {'scenario':<9} {'server':<7} "
          f"{'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7} "
          f"{'errors':>6} {'p95/target':>10} {'CPU ms':>7} {'ratio':>6} {'db CPU':>6} "
          f"{'wrk CPU':>7} {'RSS MB':>6} {'PSS MB':>6} {'load':>5}")


def row(backend: str, workers: int, threads: int, name: str, server: str, r: dict[str, float],
        yardstick: dict[str, float] | None = None) -> str:  # fmt: skip
    """One table row. ``ratio``: CPU ms per request over the yardstick's in the same run (the
    headroom: what the app spends beyond serving the same bytes), on the app's row."""
    ms = {key: r[f"{key}_us"] / 1000 for key in ("p50", "p95", "p99", "max")}
    ratio = (f"{r['server_cpu_ms'] / yardstick['server_cpu_ms']:>6.1f}"
             if yardstick and yardstick["server_cpu_ms"] else f"{'':>6}")  # fmt: skip
    database = "" if r.get("db_cpu_ms") is None else f"{r['db_cpu_ms']:.2f}"
    return (f"{backend:<10} {workers:>7} {threads:>7} {name:<9} {server:<7} {r['requests']:>8} "
            f"{r['rps']:>7.1f} {ms['p50']:>7.1f} {ms['p95']:>7.1f} {ms['p99']:>7.1f} "
            f"{ms['max']:>7.0f} {r['errors']:>6} {ms['p95'] / TARGET_P95_MS:>10.2f} "
            f"{r['server_cpu_ms']:>7.2f} {ratio} {database:>6} {r['wrk_cpu_ms']:>7.2f} "
            f"{r['rss_mb']:>6.0f} {r['pss_mb']:>6.0f} {r['load']:>5.1f}")  # fmt: skip


def error_kinds(result: dict[str, float]) -> str:
    if not result["errors"]:
        return ""
    kinds = ("non2xx", "connect", "read", "write", "timeout")
    return "  (" + ", ".join(f"{kind} {result[kind]}" for kind in kinds if result[kind]) + ")"


def server_log_summary(logs: list[Path]) -> str:
    """Per scenario: warnings and errors logged by the app and gunicorn, counted (support ids
    stripped), and the first crash report (faulthandler's tracebacks) in full."""
    report = []
    for log in logs:
        text = log.read_text(errors="replace") if log.exists() else ""
        counts: Counter[str] = Counter()
        for line in text.splitlines():
            if any(word in line for word in ("WARNING", "ERROR", "CRITICAL", "Fatal Python")):
                counts[re.sub(r"ref=\w+|\[\d+\]|^\[[^]]*\]", "", line).strip()] += 1
        report += [f"{log.stem}: {count} x {line}" for line, count in counts.most_common(10)]
        if "Fatal Python error" in text:
            crash = text[text.index("Fatal Python error"):].splitlines()[:80]
            report += ["", *crash, ""]
    return "server logs: " + ("no warnings or errors" if not report else "\n" + "\n".join(report))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: SQLite file)")
    parser.add_argument("--duration", type=int, default=30, help="seconds per scenario")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--cores", type=int, default=2, help="cores the worker count is for")
    parser.add_argument("--threads", default="1,4",
                        help="gunicorn threads per worker, comma-separated (1 = sync worker)")
    parser.add_argument("--scenarios", default="worklist,request,mixed")
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument("--think-ms", type=int, default=0,
                        help="each connection waits a think time of this mean after every "
                             "response, as a user does (default 0: the closed-loop stress the "
                             "target is for); needs gthread workers (--threads 4)")  # fmt: skip
    parser.add_argument("--timeout", type=int, default=10, help="wrk's per-request timeout, s")
    parser.add_argument("--requests", type=int, default=500, help="tracked requests to seed")
    parser.add_argument("--warm-up", type=int, default=5,
                        help="seconds of load before each measured run (a cold worker compiles "
                             "the templates on its first pages: give a loaded machine 30 or more)")
    parser.add_argument("--no-saver-views", action="store_true",
                        help="seed without opening each request's page as its saver (the Save "
                             "button's redirect): coordinators then meet report cards no "
                             "worker has rendered, as after a population run")  # fmt: skip
    parser.add_argument("--no-yardstick", action="store_true",
                        help="skip the minimal app serving the same pages (the CPU ratio)")
    parser.add_argument("--py-spy", metavar="DIR", type=Path,
                        help="record each scenario's server stacks with py-spy (pip install "
                             "py-spy; not a project dependency) as collapsed stacks in DIR")
    args = parser.parse_args()
    if args.think_ms and "1" in args.threads.split(","):
        # wrk connects, then waits its think time before writing: a sync worker that accepted
        # the connection sits blocked on it, so latencies would measure wrk, not the app.
        parser.error("--think-ms needs gthread workers: pass --threads 4 (not 1)")
    return args


@dataclass
class Bench:
    """The seeded database and what every server run needs to reach it."""

    backend: str
    server_url: str | None
    settings: dict[str, object]
    cookie: str
    paths: dict[str, list[str]]
    markers: dict[str, bytes]
    tmp: Path
    #: The pages as the app rendered them, for the yardstick (path → HTML; JSON file).
    pages: Path | None = None


def capture_pages(bench: Bench, paths: list[str]) -> Path:
    """Every path's page as the coordinator gets it, rendered once in this process from a copy
    of the seeded database; the yardstick serves these bytes."""
    pages: dict[str, str] = {}
    with database_copy(bench.server_url, str(bench.settings["DATABASE_URL"]), bench.tmp,
                       "capture") as url:  # fmt: skip
        app = create_app({**bench.settings, "DATABASE_URL": url,
                          "INSTANCE_PATH": str(bench.tmp / "instance")})  # fmt: skip
        client = app.test_client()
        client.set_cookie(*bench.cookie.split("=", 1))
        for path in dict.fromkeys(paths):
            response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path}: HTTP {response.status_code} while capturing pages")
            pages[path] = response.text
        dispose(app)
    stored = bench.tmp / "pages.json"
    stored.write_text(json.dumps(pages))
    return stored


def serve_and_load(bench: Bench, args: argparse.Namespace, workers: int, threads: int) -> list[str]:
    """Each scenario on its own copy of the seeded database (so the audit events earlier runs
    added cannot make later request pages heavier): start gunicorn, check the pages, warm up
    for 5 s, measure; then the yardstick under the same settings and load, serving the same
    pages as stored bytes. Returns the table rows."""
    lines = []
    load = Load(args.connections, args.wrk_threads, args.duration, args.timeout, args.think_ms)
    warm_up = Load(args.connections, args.wrk_threads, args.warm_up, args.timeout)
    paths_file = bench.tmp / "paths.txt"
    # Idle connections must outlive the longest think time (1.5 x the mean), as a browser's
    # would behind a proxy with a longer keep-alive; else wrk counts the server's close as an error.
    keep_alive = max(2, math.ceil(1.5 * args.think_ms / 1000) + 2)
    for name in args.scenarios.split(","):
        label = f"{bench.backend}-{threads}t-{name}"
        seeded_url = str(bench.settings["DATABASE_URL"])
        with database_copy(bench.server_url, seeded_url, bench.tmp, label) as url, \
                gunicorn({**bench.settings, "DATABASE_URL": url}, workers, threads,
                         bench.tmp / f"{label}.log", keep_alive) as (base, pid):  # fmt: skip
            check_pages(base, bench.cookie, bench.markers)
            run_wrk(base, pid, bench.cookie, bench.paths["mixed"], warm_up, paths_file)
            database = DatabaseCpu(url if bench.server_url else None)
            try:
                with sampled(args.py_spy, pid, label, args.duration):
                    result = run_wrk(base, pid, bench.cookie, bench.paths[name], load, paths_file,
                                     database)  # fmt: skip
            finally:
                database.close()
        yardstick = None
        if bench.pages is not None:
            with gunicorn(bench.settings, workers, threads, bench.tmp / f"{label}-minimal.log",
                          keep_alive, MINIMAL, bench.pages) as (base, pid):  # fmt: skip
                check_pages(base, bench.cookie, {bench.paths[name][0]: b"</html>"})
                run_wrk(base, pid, bench.cookie, bench.paths[name], warm_up, paths_file)
                yardstick = run_wrk(base, pid, bench.cookie, bench.paths[name], load, paths_file)
        lines.append(row(bench.backend, workers, threads, name, "app", result, yardstick)
                     + error_kinds(result))  # fmt: skip
        if yardstick is not None:
            lines.append(row(bench.backend, workers, threads, name, "minimal", yardstick)
                         + error_kinds(yardstick))  # fmt: skip
        print("\n".join(lines[-2 if yardstick else -1:]), flush=True)
    return lines


def main() -> None:
    args = parse_args()
    logging.getLogger("smartapp.scoring").setLevel(logging.WARNING)  # one line per scenario
    workers = worker_count(args.cores)
    backend = "postgresql" if args.database_url else "sqlite"
    with tempfile.TemporaryDirectory(prefix="smartapp-load-") as tmp_name, \
            fresh_database(args.database_url, Path(tmp_name)) as url:  # fmt: skip
        tmp = Path(tmp_name)
        settings = app_settings(url)
        app = create_app({**settings, "INSTANCE_PATH": str(tmp / "instance")})  # migrates
        started = time.perf_counter()
        seeded = seed(app, requests=args.requests, saver_views=not args.no_saver_views)
        print(f"seeded {backend}: {len(seeded.request_ids)} requests, {seeded.saved_reports} "
              f"saved reports, {seeded.audit_events} audit events in "
              f"{time.perf_counter() - started:.0f} s; load average {os.getloadavg()[0]:.2f}")
        paths = scenario_paths(seeded)
        markers = {paths["request"][0]: b"Audit trail",
                   "/worklist": f"{len(seeded.request_ids)} requests".encode(),
                   "/dashboard": b"Requests by status and readiness"}  # fmt: skip
        bench = Bench(backend, args.database_url, settings,
                      session_cookie(app, seeded.coordinator_sid), paths, markers, tmp)
        # Closed, so SQLite folds its WAL into the file and PostgreSQL can copy the database.
        dispose(app)
        if not args.no_yardstick:
            wanted = [path for name in args.scenarios.split(",") for path in paths[name]]
            bench.pages = capture_pages(bench, wanted)
        print(HEADER, flush=True)
        lines = []
        for threads in (int(value) for value in args.threads.split(",")):
            lines += serve_and_load(bench, args, workers, threads)
        think = f", think time {args.think_ms} ms" if args.think_ms else " without think time"
        print(f"\ntarget: p95 <= {TARGET_P95_MS:.0f} ms, 0 errors; app CPU <= 2 ms a request, "
              f"<= 8 x the yardstick's; {args.connections} connections{think}, {args.duration} "
              f"s per scenario, each on a fresh copy of the seeded database\n{HEADER}\n"
              + "\n".join(lines))  # fmt: skip
        print(server_log_summary(sorted(tmp.glob("*.log"))))


if __name__ == "__main__":
    main()
