"""Seed a fresh database for bench/load.py: ~100 synthetic patients × services, 500 tracked
requests with saved report versions, workflow states, assignees, comments and audit history.

Everything goes through the app's own code paths -- ``store.save_run`` (the "Save" button),
``store.change_status``/``store.assign``/``store.add_comment`` (the coordinator's forms) and
``audit.record`` (page views) -- so rows, versions and audit events look exactly like the
ones a real deployment accumulates. Reports are the real scores of the sandbox scenario
bundles (scored once at as_of 2026-11-22), re-addressed to each synthetic patient.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import random
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from smartapp.db import get_session
from smartapp.launch.secrets import seal
from smartapp.models import AppSession, AuditEvent, CheckRun, SavedReport
from smartapp.reports import audit, store
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[1] / "sandbox" / "scenarios"
AS_OF = dt.date(2026, 11, 22)
ISS = "http://127.0.0.1:9/plain/fhir"
COORDINATORS = ["Practitioner/pa-coordinator", "Practitioner/pa-ortiz", "Practitioner/pa-lindqvist"]
CLINICIANS = [f"Practitioner/md-{name}" for name in
              ("whitfield", "okafor", "brennan", "nakamura", "delgado", "haddad")]  # fmt: skip
FIRST = ("Avery", "Jordan", "Riley", "Morgan", "Casey", "Quinn", "Rowan", "Emerson", "Harper",
         "Sawyer", "Reese", "Dakota", "Finley", "Hayden", "Kendall", "Parker")  # fmt: skip
LAST = ("Testwell", "Synthson", "Fakeley", "Mockridge", "Sampleton", "Demoford", "Placeholt",
        "Fixtura", "Seedman", "Loadby")  # fmt: skip
#: Workflow states as a busy worklist has them: most requests open or being worked on.
STATUS_WEIGHTS = {"open": 35, "in_progress": 25, "ready_to_submit": 12, "submitted": 12,
                  "denied": 8, "approved": 8}  # fmt: skip
COMMENTS = (
    "Asked the clinic for the PT notes.",
    "Waiting on the follow-up exam note.",
    "Called the office; chart note will be signed today.",
    "Ready once the order is fixed.",
    "Payer portal down, retry tomorrow.",
    "Denial reviewed with the ordering provider.",
)


@dataclass
class Seeded:
    """What the load driver needs: a coordinator session id and the URLs to spread load over."""

    coordinator_sid: str
    request_ids: list[int]
    #: (request id, report id) of older saved versions, reachable from the versions list.
    old_versions: list[tuple[int, int]]
    saved_reports: int
    audit_events: int


@contextlib.contextmanager
def fresh_database(server_url: str | None, tmp: Path) -> Iterator[str]:
    """A new empty database: a SQLite file in ``tmp``, or a new database on the server."""
    if not server_url:
        yield f"sqlite:///{tmp / 'load.sqlite3'}"
        return
    name = f"smartapp_load_{secrets.token_hex(4)}"
    with _created(server_url, name, "") as url:
        yield url


@contextlib.contextmanager
def database_copy(server_url: str | None, seeded_url: str, tmp: Path, label: str) -> Iterator[str]:
    """A copy of the (closed) seeded database: a file copy, or PostgreSQL's TEMPLATE copy."""
    if not server_url:
        copy = tmp / f"{label}.sqlite3"
        shutil.copyfile(make_url(seeded_url).database or "", copy)
        try:
            yield f"sqlite:///{copy}"
        finally:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
        return
    template = make_url(seeded_url).database
    with _created(server_url, f"{template}_{label.replace('-', '_')}", template) as url:
        yield url


@contextlib.contextmanager
def _created(server_url: str, name: str, template: str | None) -> Iterator[str]:
    """CREATE DATABASE (optionally from a template) on the server; dropped on exit."""
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    copy = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def score_scenarios() -> dict[str, dict[str, dict[str, Any]]]:
    """service code → {"gapped": report, "complete": report} from the scenario bundles."""
    manifest = json.loads((SCENARIOS / "manifest.json").read_text())
    reports: dict[str, dict[str, dict[str, Any]]] = {}
    for entry in manifest:
        if entry["variant"] not in ("gapped", "complete"):
            continue  # lmri-bulk is the 45-note stress patient, not a distinct report shape
        bundle = json.loads((SCENARIOS / entry["file"]).read_text())
        report = score_bundle(bundle, as_of=AS_OF)
        reports.setdefault(report["service"]["code"], {})[entry["variant"]] = report
    return reports


def make_session(app: Flask, fhir_user: str, patient: str | None = None) -> AppSession:
    """A launched session as the SMART callback stores it (tokens sealed, never usable)."""
    with app.app_context():
        db = get_session()
        record = AppSession(
            id=secrets.token_urlsafe(24), server_id="sandbox-plain", iss=ISS,
            token_endpoint="http://127.0.0.1:9/token", patient_id=patient, fhir_user=fhir_user,
            granted_scope="launch openid fhirUser user/*.rs", access_token=seal("bench-token"),
            expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=8),
        )  # fmt: skip
        db.add(record)
        db.commit()
        return record


def _run_for(report: dict[str, Any], patient: str, name: str, birth: str) -> CheckRun:
    """A finished check run (never stored: ``save_run`` only reads it)."""
    report = copy.deepcopy(report)
    report["patient"] = patient
    return CheckRun(
        id=secrets.token_urlsafe(12), patient_ref=patient, as_of=AS_OF, status="done",
        order_ref=f"ServiceRequest/{patient.split('/')[1]}-{report['service']['code']}",
        report=report, patient_summary={"name": name, "birth_date": birth}, could_not_check=[],
    )  # fmt: skip


def _work_on(db: Any, rng: random.Random, coordinators: list[AppSession], request_id: int) -> None:
    """A coordinator's history on one request: assignment, status, comments, page views."""
    tracked = store.get_tracked(db, request_id)
    worker = rng.choice(coordinators)
    if rng.random() < 0.6:
        store.assign(db, worker, tracked, rng.choice(COORDINATORS), str(tracked.version))
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        store.add_comment(db, worker, tracked, rng.choice(COMMENTS))
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    if status != "open":
        denial = None
        if status == "denied":
            denial = {"reason_text": "Conservative treatment not documented (synthetic).",
                      "category": rng.choice(store.DENIAL_CATEGORIES)}  # fmt: skip
        store.change_status(db, worker, tracked, status, str(tracked.version), denial=denial)
    # Page views: most requests were opened a few dozen times, a few far more often (the page
    # shows the newest 200 events, so a well-worked request's page is the heavy one).
    for _ in range(min(300, int(rng.expovariate(1 / 25)))):
        audit.record(rng.choice(coordinators), "view_request", tracked=tracked,
                     detail={"report": tracked.latest_report_id})  # fmt: skip
    db.commit()


def _spread_dates(db: Any, rng: random.Random, request_ids: list[int]) -> None:
    """Spread requests over the last 45 days, so date filters and age sorts select something."""
    now = dt.datetime.now(dt.UTC)
    for request_id in request_ids:
        tracked = store.get_tracked(db, request_id)
        created = now - dt.timedelta(days=rng.uniform(1, 45))
        tracked.created_at = created
        tracked.updated_at = created + (now - created) * rng.random()
        for saved in db.query(SavedReport).filter(SavedReport.request_id == request_id):
            saved.created_at = created + (tracked.updated_at - created) * rng.random()
    db.commit()


def seed(app: Flask, requests: int = 500, patients: int = 100, seed_value: int = 6,
         saver_views: bool = True) -> Seeded:  # fmt: skip
    """Fill the app's (migrated, empty) database; returns what the load driver needs.
    ``saver_views``: open each request's page once as its saver, as the Save button does."""
    rng = random.Random(seed_value)
    reports = score_scenarios()
    services = sorted(reports)
    per_patient = -(-requests // patients)
    if per_patient > len(services):
        raise ValueError(f"{requests} requests need more than {len(services)} services a patient")
    clinicians = [make_session(app, user) for user in CLINICIANS]
    coordinators = [make_session(app, user) for user in COORDINATORS]
    request_ids: list[int] = []
    old_versions: list[tuple[int, int]] = []
    savers: dict[int, AppSession] = {}
    with app.app_context():
        db = get_session()
        for number in range(1, patients + 1):
            patient = f"Patient/load-{number:03d}"
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            birth = f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for code in rng.sample(services, per_patient):
                if len(request_ids) == requests:
                    break
                saver = rng.choice(clinicians)
                # Some requests went gapped → fixed → re-checked (complete) over several saves.
                variants = ["gapped"] * rng.choice((0, 1, 1, 1, 2, 3)) + ["complete"]
                if rng.random() < 0.45:
                    variants = variants[:-1] or ["gapped"]
                first_saved = None
                for variant in variants:
                    run = _run_for(reports[code][variant], patient, name, birth)
                    request_id = store.save_run(db, saver, run)
                    first_saved = first_saved or store.get_tracked(db, request_id).latest_report_id
                request_ids.append(request_id)
                if len(variants) > 1:
                    old_versions.append((request_id, first_saved))
                savers[request_id] = saver
                _work_on(db, rng, coordinators, request_id)
        _spread_dates(db, rng, request_ids)
    if saver_views:
        _view_as_saved(app, savers)
    with app.app_context():
        db = get_session()
        return Seeded(
            coordinator_sid=coordinators[0].id,
            request_ids=request_ids,
            old_versions=old_versions,
            saved_reports=db.query(SavedReport).count(),
            audit_events=db.query(AuditEvent).count(),
        )


def _view_as_saved(app: Flask, savers: dict[int, AppSession]) -> None:
    """Each request's page, opened once by the clinician who saved it: the app's Save button
    redirects there, so a request page has been viewed (and its report cards rendered and
    stored, smartapp.reports.rendered) before a coordinator opens it."""
    client = app.test_client()
    for request_id, saver in savers.items():
        with client.session_transaction() as session:
            session.clear()
            session["sid"] = saver.id
        page = client.get(f"/requests/{request_id}")
        if page.status_code != 200:
            raise RuntimeError(f"/requests/{request_id}: HTTP {page.status_code} while seeding")
