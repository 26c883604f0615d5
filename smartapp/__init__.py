"""SMART on FHIR app that finds prior-authorization documentation gaps before submission.

``create_app`` follows flaskr's factory: defaults, then ``instance/config.py``, then
``SMARTAPP_*`` environment variables, then the test override. Blueprints, database hooks and
error pages are registered inside the factory so that no module-level app exists.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Flask is imported by create_app: the CLI imports this package without it
    from flask import Flask

#: Project root: templates/, static/ and launch.json live at the top level, not in the package.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _instance_secret(instance_path: Path) -> str:
    """Return a per-install signing key, created once, so demo sessions survive restarts."""
    key_file = instance_path / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_hex(32))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the Flask app.

    :param test_config: settings that override every other source (tests use it).
    """
    from flask import Flask

    app = Flask(
        __name__,
        # Tests point the instance folder (secret key, SQLite file, client keys) at a temp dir.
        # SMARTAPP_INSTANCE_PATH lets a worker share the web process's folder (keys, secret).
        instance_path=(test_config or {}).get("INSTANCE_PATH")
        or os.environ.get("SMARTAPP_INSTANCE_PATH"),
        instance_relative_config=True,
        template_folder=str(PROJECT_ROOT / "templates"),
        static_folder=str(PROJECT_ROOT / "static"),
    )
    instance = Path(app.instance_path)
    instance.mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(
        DATABASE_URL=f"sqlite:///{instance / 'smartapp.sqlite3'}",
        LAUNCH_REGISTRY=str(PROJECT_ROOT / "launch.json"),
        # Session cookie attributes: embedded | top-level | local-http (smartapp/launch/cookies.py).
        COOKIE_MODE="embedded",
        FHIR_CONCURRENCY=4,
        # Background check runs per app process (each run also uses FHIR_CONCURRENCY threads).
        CHECK_WORKERS=4,
        # FHIR requests the checks may send one EHR per window (smartapp/checks/budget.py).
        FHIR_REQUEST_BUDGET=3000,
        FHIR_BUDGET_WINDOW=60,
        # PA coordinators (the worklist) per EHR: {"<launch.json id or iss>": ["Practitioner/1"]};
        # every other Practitioner is a clinician (smartapp/identity.py).
        COORDINATORS={},
        # Extra origins allowed to frame the app, beyond the EHRs in launch.json.
        FRAME_ANCESTORS=[],
        # Host names the app may build its redirect_uri from when PUBLIC_URL is unset (loopback
        # hosts always may); any other Host header is refused at launch.
        ALLOWED_HOSTS=[],
        # A launched session ends after this long without a request, or this long after launch.
        SESSION_IDLE_MINUTES=30,
        SESSION_MAX_HOURS=12,
        # Score "as of" this ISO date instead of today (demo and tests); None = today.
        AS_OF=None,
        # Refresh an access token when fewer seconds remain (Oracle Health tokens last 570 s).
        TOKEN_REFRESH_MARGIN=60,
        # A CDS hook answers within this many seconds, with a "could not check" card if need be.
        HOOK_DEADLINE_SECONDS=2.0,
    )
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
        app.config.from_prefixed_env("SMARTAPP")
    else:
        app.config.update(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret(instance)

    logging.basicConfig(level=app.config.get("LOG_LEVEL", "INFO"))
    from .edge import EdgeRequest

    app.request_class = EdgeRequest  # control characters never reach a view (smartapp/edge.py)

    from . import checks, db, errors, home, hooks, identity, launch, people, security, urls
    from .appeals import web as appeals
    from .dashboard import views as dashboard
    from .overrides import views as overrides
    from .reports import blueprint as reports

    errors.register_error_handlers(app)
    db.init_app(app)
    app.register_blueprint(home.bp)
    launch.init_app(app)
    identity.init_app(app, launch.current_launch)
    security.init_app(app)
    app.register_blueprint(checks.bp)
    reports.init_app(app)
    appeals.init_app(app)
    app.register_blueprint(overrides.bp)
    people.init_app(app)
    app.register_blueprint(dashboard.bp)
    hooks.init_app(app)
    from .questionnaires import views as questionnaires

    app.register_blueprint(questionnaires.bp)
    from .population import views as population

    population.init_app(app)
    urls.init_app(app)
    return app
