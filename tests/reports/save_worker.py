"""A separate app process for the persistence tests (``python save_worker.py ...``).

``save``: waits for the start time, then saves ``count`` reports for a shared patient and
``count`` for its own patient, as concurrently as the other worker does.
``hang``: saves once more but stops just before COMMIT, says so on stdout and waits to be killed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from smartapp import create_app
from smartapp.db import get_session
from smartapp.models import AppSession, CheckRun
from smartapp.reports import store


def main() -> int:
    mode, url, job_file, name = sys.argv[1:5]
    job = json.loads(Path(job_file).read_text())
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url,
                      "CREATE_SCHEMA": False})
    with app.app_context():
        db = get_session()
        launch = db.get(AppSession, job["session"])
        runs = {key: db.get(CheckRun, run_id) for key, run_id in job["runs"].items()}
        if mode == "save":
            time.sleep(max(0.0, job["start_at"] - time.time()))
            for _ in range(job["count"]):
                store.save_run(db, launch, runs["shared"])
                store.save_run(db, launch, runs[name])
            return 0
        original_commit = db.commit

        def commit_never() -> None:
            db.flush()
            print("ready-to-commit", flush=True)
            time.sleep(600)
            original_commit()

        db.commit = commit_never  # type: ignore[method-assign]
        store.save_run(db, launch, runs["shared"])
    return 1


if __name__ == "__main__":
    sys.exit(main())
