"""Benchmark: the worklist's and request page's CPU in one process, against the yardstick.

Baseline: bench/load_minimal.py's minimal Flask app serving the very bytes the app rendered for
the same paths, driven the same way (the ``ratio`` column; the issue's target is <= 8 x). Where
bench/load.py measures gunicorn under wrk, this runs Flask's test client in one process, so a
change's effect shows without the scheduler's noise: on a shared machine, run the tree before and
the tree after alternately and compare their best rounds.

    .venv/bin/python bench/pages.py                          # seeds a SQLite file in a temp dir
    .venv/bin/python bench/pages.py --keep /tmp/pages        # keep the seeded database ...
    .venv/bin/python bench/pages.py --reuse /tmp/pages       # ... and time another tree on it
    .venv/bin/python bench/pages.py --statements             # SQL statements a page, by kind
    .venv/bin/python bench/pages.py --database-url "$(bash scripts/postgres.sh start)"  # PostgreSQL

What it does: seeds bench/load.py's database (500 tracked requests for ~100 synthetic patients,
bench/load_seed.py), signs a coordinator in as bench/load.py does, opens every path once (a
worker's first pages compile templates and render report cards), then times ``--rounds``
rounds of the scenario's paths in a shuffled order (CPU time, ``time.process_time``) for the app
and for the yardstick, and prints the best round of each in ms a page. Each run copies the
seeded database first, so the audit events one run adds do not make the next one's pages heavier.
With ``--database-url`` (a PostgreSQL server) it seeds a new database on that server and times
each scenario on a TEMPLATE copy of it, as bench/load.py does; ``--keep``/``--reuse`` are for
SQLite files only.
With ``--reuse``, report cards the seeding tree stored are found only when the code is the same
(they are stamped with it): another tree renders them again in its first round, which the
untimed round absorbs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import random
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

from load import app_settings, scenario_paths, session_cookie
from load_seed import database_copy, fresh_database, seed
from sqlalchemy import event

from smartapp import create_app
from smartapp.db import dispose, engines


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", default="worklist,request")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--requests", type=int, default=500, help="tracked requests to seed")
    parser.add_argument("--keep", type=Path, help="seed into this folder and keep it")
    parser.add_argument("--reuse", type=Path, help="time on the database --keep seeded")
    parser.add_argument("--statements", action="store_true",
                        help="also count the SQL statements a page runs, by their first words")
    parser.add_argument("--database-url", help="PostgreSQL server URL (default: SQLite file)")
    args = parser.parse_args()
    if args.database_url and (args.keep or args.reuse):
        parser.error("--keep and --reuse keep a SQLite file; with --database-url each run seeds")
    return args


def seeded(folder: Path, requests: int, url: str | None = None) -> dict:
    """Seed ``url`` (default ``folder``/seed.db); returns what a run needs (settings, cookie,
    paths)."""
    folder.mkdir(parents=True, exist_ok=True)
    settings = app_settings(url or f"sqlite:///{folder}/seed.db")
    app = create_app({**settings, "INSTANCE_PATH": str(folder / "instance")})  # migrates
    done = seed(app, requests=requests)
    meta = {"settings": settings, "cookie": session_cookie(app, done.coordinator_sid),
            "paths": scenario_paths(done)}  # fmt: skip
    dispose(app)
    (folder / "meta.json").write_text(json.dumps(meta))
    return meta


def fresh_app(folder: Path, meta: dict, url: str | None = None):  # type: ignore[no-untyped-def]
    """An app on ``url`` (a copy of the seeded database), or on a fresh copy of seed.db."""
    if url is None:
        shutil.copy(folder / "seed.db", folder / "run.db")
        url = f"sqlite:///{folder}/run.db"
    settings = {**meta["settings"], "DATABASE_URL": url}
    return create_app({**settings, "INSTANCE_PATH": str(folder / "instance")})


def best_round(client, paths: list[str], rounds: int) -> float:  # type: ignore[no-untyped-def]
    """CPU ms a page of the best of ``rounds`` shuffled rounds, after one untimed round."""
    order, shuffle, best = list(paths), random.Random(6).shuffle, float("inf")
    for number in range(rounds + 1):
        shuffle(order)
        started = time.process_time()
        for path in order:
            response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path}: HTTP {response.status_code}")
        if number:  # the first round warms templates and kept parts up
            best = min(best, (time.process_time() - started) * 1000 / len(order))
    return best


def statements(app, client, paths: list[str]) -> Counter[str]:  # type: ignore[no-untyped-def]
    """SQL statements a page, by their first three words (SELECT app_sessions.id, ...)."""
    counted: Counter[str] = Counter()

    def seen(_connection, _cursor, statement, *_):  # type: ignore[no-untyped-def]
        counted[" ".join(statement.split()[:3])] += 1

    found = engines(app)  # on PostgreSQL the pages' autocommit engine too (smartapp.db)
    for engine in found:
        event.listen(engine, "before_cursor_execute", seen)
    try:
        for path in paths:
            client.get(path)
    finally:
        for engine in found:
            event.remove(engine, "before_cursor_execute", seen)
    return counted


def main() -> None:
    args = parse_args()
    logging.getLogger("smartapp").setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="smartapp-pages-") as scratch, \
            contextlib.ExitStack() as databases:  # fmt: skip
        folder = args.reuse or args.keep or Path(scratch)
        seed_url = (databases.enter_context(fresh_database(args.database_url, folder))
                    if args.database_url else None)  # fmt: skip
        meta = (json.loads((folder / "meta.json").read_text()) if args.reuse
                else seeded(folder, args.requests, seed_url))  # fmt: skip
        print(f"{'scenario':<9} {'pages':>5} {'app ms':>7} {'minimal ms':>10} {'ratio':>6} "
              f"{'load':>5}")  # fmt: skip
        for name in args.scenarios.split(","):
            paths = meta["paths"][name]
            with contextlib.ExitStack() as run:
                url = (run.enter_context(database_copy(args.database_url, seed_url, folder, name))
                       if seed_url else None)  # fmt: skip
                time_scenario(args, folder, meta, name, paths, url)


def time_scenario(args: argparse.Namespace, folder: Path, meta: dict, name: str,
                  paths: list[str], url: str | None) -> None:
    """Time one scenario's paths on the app and on the yardstick; print their row."""
    app = fresh_app(folder, meta, url)
    client = app.test_client()
    client.set_cookie(*meta["cookie"].split("=", 1))
    pages = {path: client.get(path).text for path in dict.fromkeys(paths)}
    app_ms = best_round(client, paths, args.rounds)
    stored = folder / "pages.json"
    stored.write_text(json.dumps(pages))
    os.environ["BENCH_PAGES"] = str(stored)
    from load_minimal import create_app as minimal_app

    minimal_ms = best_round(minimal_app().test_client(), paths, args.rounds)
    print(f"{name:<9} {len(paths):>5} {app_ms:>7.3f} {minimal_ms:>10.3f} "
          f"{app_ms / minimal_ms:>6.1f} {os.getloadavg()[0]:>5.1f}")  # fmt: skip
    if args.statements:
        for words, count in statements(app, client, paths).most_common():
            print(f"    {count / len(paths):6.2f} a page  {words}")
    dispose(app)


if __name__ == "__main__":
    main()
