"""The coordinator dashboard served over real HTTP for browser tests, with known rows
(tests/dashboard_rows.py) and a signed-in PA coordinator — no EHR needed: the dashboard only
reads the app's database.

- :func:`dashboard_site` starts the app on a loopback port with the seeded SQLite file;
- :func:`open_dashboard` loads the dashboard in a Playwright page at a given width, signed in.

Accessibility checks (axe-core) can call ``open_dashboard(page, site, width)`` and then run on
the loaded page.
"""

from __future__ import annotations

import datetime as dt
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dashboard_rows import AS_OF, seed
from werkzeug.serving import make_server

from smartapp import create_app
from smartapp.db import dispose, session_factory
from smartapp.launch.secrets import seal
from smartapp.models import AppSession

COORDINATOR = "Practitioner/pa-coordinator"


@dataclass(frozen=True)
class DashboardSite:
    url: str
    cookie_name: str
    cookie_value: str


@contextmanager
def dashboard_site(instance: Path) -> Iterator[DashboardSite]:
    """The app on 127.0.0.1 (port 0: no race), its database seeded, a coordinator's cookie."""
    app = create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "INSTANCE_PATH": str(instance),
        "DATABASE_URL": f"sqlite:///{instance / 'dashboard.sqlite3'}",
        "COOKIE_MODE": "local-http", "COORDINATORS": {"sandbox-plain": [COORDINATOR]},
        "AS_OF": AS_OF.isoformat(),
    })  # fmt: skip
    launch = AppSession(
        id=secrets.token_urlsafe(16), server_id="sandbox-plain", iss="http://127.0.0.1:9/plain/fhir",
        token_endpoint="http://127.0.0.1:9/token", fhir_user=COORDINATOR,
        granted_scope="openid fhirUser user/*.rs", access_token="",
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
    )  # fmt: skip
    with app.app_context():
        launch.access_token = seal("not-a-real-token")
    with session_factory(app)() as db:
        db.add(launch)
        db.commit()
        seed(db)
    cookie = app.session_interface.get_signing_serializer(app).dumps({"sid": launch.id})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield DashboardSite(f"http://127.0.0.1:{server.server_port}",
                            app.config["SESSION_COOKIE_NAME"], cookie)  # fmt: skip
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        dispose(app)


def open_dashboard(page, site: DashboardSite, width: int, query: str = "") -> None:  # type: ignore[no-untyped-def]
    """Load ``/dashboard?query`` in ``page`` at ``width`` CSS pixels, signed in as the
    coordinator; waits until the page and its stylesheets have loaded."""
    page.set_viewport_size({"width": width, "height": 900})
    page.context.add_cookies(
        [{"name": site.cookie_name, "value": site.cookie_value, "url": site.url}]
    )
    page.goto(f"{site.url}/dashboard{'?' + query if query else ''}", wait_until="load")
