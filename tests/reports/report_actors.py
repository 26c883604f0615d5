"""Sessions and finished check runs written straight into a real SQLite file, for the report,
worklist and appeal tests (no EHR needed: saved reports never read the EHR)."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from databases import fresh_database
from page_forms import csrf_of

from smartapp import create_app
from smartapp.db import dispose, session_factory
from smartapp.launch.secrets import seal
from smartapp.models import AppSession, CheckRun
from smartapp.overrides.refs import record_index
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
AS_OF = dt.date(2026, 11, 22)
COORDINATOR = "Practitioner/pa-coordinator"


@contextmanager
def app_on(backend: str, tmp_path: Path) -> Iterator:
    """The reports' app (tests/reports/conftest.py) with a coordinator, on ``backend``'s database
    (a SQLite file or PostgreSQL: tests/databases.py), disposed after."""
    with fresh_database(backend, tmp_path) as url:
        app = create_app({
            "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
            "DATABASE_URL": url, "COORDINATORS": {"sandbox-plain": [COORDINATOR]},
        })  # fmt: skip
        yield app
        dispose(app)
SANDBOX_ISS = "http://127.0.0.1:9/plain/fhir"


def person(ref: str, iss: str = SANDBOX_ISS) -> str:
    """How the app stores a user: (iss, fhirUser) as one absolute reference."""
    return f"{iss}/{ref}"
_reports: dict[str, tuple[dict, list]] = {}


def scenario_scored(name: str) -> tuple[dict, list]:
    """The score report of a scenario bundle and what it read (cached: scoring runs the NLP)."""
    if name not in _reports:
        bundle = json.loads((SCENARIOS / f"{name}.json").read_text())
        _reports[name] = score_bundle(bundle, as_of=AS_OF), record_index(bundle)
    return json.loads(json.dumps(_reports[name]))


def scenario_report(name: str) -> dict:
    return scenario_scored(name)[0]


class Actors:
    """Creates launched sessions and finished runs, and signs a test client in as a session."""

    def __init__(self, app):
        self.app = app

    def session(self, fhir_user: str, patient: str | None = "lmri-gapped", *,
                server_id: str = "sandbox-plain",
                iss: str = SANDBOX_ISS) -> AppSession:
        """A launched session of ``fhir_user`` at the EHR ``iss`` (the sandbox by default)."""
        with self.app.app_context():
            record = AppSession(
                id=secrets.token_urlsafe(16), server_id=server_id,
                iss=iss, token_endpoint="http://127.0.0.1:9/token",
                patient_id=patient, fhir_user=fhir_user, granted_scope="patient/*.rs",
                access_token=seal("not-a-real-token"),
                expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
            )
            with session_factory(self.app)() as db:
                db.add(record)
                db.commit()
        return record

    def run(self, launch: AppSession, scenario: str, name: str = "") -> CheckRun:
        report, refs = scenario_scored(scenario)
        run = CheckRun(
            id=secrets.token_urlsafe(12), session_id=launch.id, patient_ref=report["patient"],
            order_ref=f"ServiceRequest/{scenario}-order", as_of=AS_OF, status="done",
            report=report, run_by=launch.fhir_user,
            patient_summary={"name": name or scenario.replace("-", " ").title(),
                             "birth_date": "1980-01-01"},
            could_not_check=[], record_refs=refs,
        )
        with session_factory(self.app)() as db:
            db.add(run)
            db.commit()
        return run

    def sign_in(self, client, launch: AppSession) -> None:
        with client.session_transaction() as flask_session:
            flask_session.clear()
            flask_session["sid"] = launch.id


def save(client, actors, launch, scenario, name=""):
    """Save a finished check of ``scenario`` through the check page; returns the request id."""
    run = actors.run(launch, scenario, name)
    actors.sign_in(client, launch)
    page = client.get(f"/checks/{run.id}")
    assert page.status_code == 200, page.text[:300]
    response = client.post(f"/checks/{run.id}/save", data={"csrf_token": csrf_of(page.text)})
    assert response.status_code == 302
    return int(response.headers["Location"].rsplit("/", 1)[1])
