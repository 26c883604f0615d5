"""The worklist, dashboard and request pages render byte for byte as they did before their
server work was cut down (issue 19): same rows, same people, same audit sentences, same forms.

A seeded database (bench/load_seed.py, the load benchmark's own data: requests with report
versions, assignees, comments, workflow states and page views) plus what the seed lacks -- named
people, a denial recorded through the form (running appeal clocks), a standing and a withdrawn
override -- with every stored time set to a fixed value and the scoring day pinned (AS_OF), so
a page depends on the data alone. The CSRF token, different in each session, is normalised.

The expected pages in tests/reports/pages/ were rendered by the code before the change
(``SMARTAPP_WRITE_PAGES=1`` writes them again, for a deliberate change of a page).
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import sys
from pathlib import Path

import pytest
from appeal_helpers import record_denial
from sqlalchemy import select, update

from smartapp import create_app
from smartapp.db import dispose, get_session
from smartapp.identity import split_person
from smartapp.models import (
    AppSession,
    AuditEvent,
    ItemOverride,
    Person,
    RequestComment,
    SavedReport,
    TrackedRequest,
)
from smartapp.overrides import store as overrides
from smartapp.overrides.forms import NO_PASSAGE, OverrideForm
from smartapp.people import remember

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import load
import load_seed

PAGES = Path(__file__).with_name("pages")
BASE = dt.datetime(2026, 10, 1, 8, 0, tzinfo=dt.UTC)
#: (table, its time columns): set to BASE + a step per row id, so pages and sort orders are fixed.
TIMES = (
    (TrackedRequest, ("created_at", "updated_at")), (SavedReport, ("created_at",)),
    (RequestComment, ("created_at",)), (AuditEvent, ("at",)),
    (ItemOverride, ("created_at", "withdrawn_at")), (Person, ("updated_at",)),
)  # fmt: skip
NAMES = {"Practitioner/pa-coordinator": "Dana Okafor",
         "Practitioner/md-whitfield": "Dr. Ana Whitfield",
         "Practitioner/md-okafor": "Dr. Sam Okafor",
         "Practitioner/pa-ortiz": "Luis Ortiz"}  # fmt: skip
WORKLIST = ["/worklist", "/worklist?page=2", "/worklist?sort=readiness",
            "/worklist?status=open&status=in_progress", "/worklist?assignee=unassigned",
            "/worklist?assignee=me&sort=oldest", "/worklist?max_readiness=85&sort=patient",
            "/worklist?status=denied&sort=service", "/worklist?due=urgent",
            "/worklist?patient=quinn&page=3", "/worklist?page=abc&topic=dme",
            "/dashboard", "/dashboard?status=open&status=in_progress"]  # fmt: skip


def _fix_times(db) -> None:
    """Every stored time a function of the row id (hours apart; a withdrawal a day later)."""
    for model, columns in TIMES:
        key = model.__mapper__.primary_key[0]
        for (ident,) in db.execute(select(key)).all():
            step = dt.timedelta(hours=ident if isinstance(ident, int) else len(ident))
            values = {name: BASE + step + dt.timedelta(days=n) for n, name in enumerate(columns)}
            if model is ItemOverride:
                row = db.get(ItemOverride, ident)
                withdrawn = BASE + step + dt.timedelta(days=1)
                values = {"created_at": BASE + step} | (
                    {"withdrawn_at": withdrawn} if row.withdrawn_at else {}
                )
            db.execute(update(model).where(key == ident).values(**values))
    db.commit()


def _add_overrides(app, coordinator: AppSession, request_id: int) -> None:
    """A withdrawn and a standing override on the request's newest report."""
    with app.test_request_context():
        db = get_session()
        tracked = db.get(TrackedRequest, request_id)
        scope = overrides.saved_scope(tracked, db.get(SavedReport, tracked.latest_report_id))
        items = [i for i in scope.report["items"] if i["status"] != "not_applicable"][:2]
        for item in items:
            form = OverrideForm("not_applicable", f"Synthetic reason for {item['id']}.", None, "",
                                None)  # fmt: skip
            overrides.add(db, coordinator, scope, item["id"], form, NO_PASSAGE)
        first = db.scalars(select(ItemOverride).where(ItemOverride.item_id == items[0]["id"])).one()
        overrides.withdraw(db, coordinator, overrides.saved_scope(tracked, scope.saved), first.id)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """(app, coordinator cookie, clinician cookie, request page paths) on the fixed database."""
    tmp = tmp_path_factory.mktemp("pages")
    settings = load.app_settings(f"sqlite:///{tmp / 'pages.sqlite3'}")
    app = create_app({**settings, "SECRET_KEY": "pages-secret", "AS_OF": "2026-11-22",
                      "INSTANCE_PATH": str(tmp / "instance"), "TESTING": True})  # fmt: skip
    # The data the expected pages were rendered from (no saver's page views in the trail).
    found = load_seed.seed(app, requests=30, patients=6, saver_views=False)
    with app.app_context():
        db = get_session()
        for ref, name in NAMES.items():
            remember(f"{load_seed.ISS}/{ref}", name)
        coordinator = db.get(AppSession, found.coordinator_sid)
        first = db.get(TrackedRequest, found.request_ids[0])
        saver = split_person(first.created_by)[1]
        clinician = db.scalars(select(AppSession).where(AppSession.fhir_user == saver)).first()
    client = app.test_client()
    client.set_cookie(*load.session_cookie(app, coordinator.id).split("=", 1))
    denied = found.request_ids[3]
    assert record_denial(client, denied).status_code == 302
    _add_overrides(app, coordinator, found.request_ids[1])
    with app.app_context():
        _fix_times(get_session())
    paths = [f"/requests/{rid}" for rid in found.request_ids[:6]]
    paths += [f"/requests/{rid}/reports/{report}" for rid, report in found.old_versions[:2]]
    yield app, coordinator, clinician, found, paths
    dispose(app)


def _normalised(html: str) -> str:
    return re.sub(r'name="csrf_token" value="[^"]+"', 'name="csrf_token" value="CSRF"', html)


def _render(app, launch: AppSession, path: str) -> str:
    """The page as ``launch``'s browser gets it, on a database as it was before this view: the
    view's own audit event is removed again, so each page sees the same trail."""
    client = app.test_client()
    client.set_cookie(*load.session_cookie(app, launch.id).split("=", 1))
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    with app.app_context():
        db = get_session()
        newest = db.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        db.execute(AuditEvent.__table__.delete().where(AuditEvent.id == newest))
        db.commit()
    return _normalised(response.text)


def _compare(name: str, html: str) -> None:
    expected = PAGES / f"{name}.html"
    if os.environ.get("SMARTAPP_WRITE_PAGES") == "1":
        PAGES.mkdir(exist_ok=True)
        expected.write_text(html)
    before = expected.read_text()
    if html != before:
        diff = "".join(difflib.unified_diff(before.splitlines(True), html.splitlines(True),
                                            "before", "after", n=1))  # fmt: skip
        pytest.fail(f"{name} differs from the page before the change:\n{diff[:4000]}")


def _slug(path: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-")


def test_worklist_and_dashboard_pages_are_unchanged(seeded):
    app, coordinator, _, _, _ = seeded
    for path in WORKLIST:
        _compare(f"coordinator-{_slug(path)}", _render(app, coordinator, path))


def test_request_pages_are_unchanged_for_the_coordinator(seeded):
    app, coordinator, _, _, paths = seeded
    for path in paths:
        _compare(f"coordinator-{_slug(path)}", _render(app, coordinator, path))


def test_kept_pages_are_unchanged(seeded):
    """A request or worklist page's second view comes from the page kept by the first
    (smartapp.reports.kept_page): the same bytes, for each viewer."""
    app, coordinator, clinician, found, paths = seeded
    views = [(coordinator, "coordinator", path) for path in paths + WORKLIST]
    views.append((clinician, "clinician", f"/requests/{found.request_ids[0]}"))
    for launch, who, path in views:
        for _ in range(2):
            _compare(f"{who}-{_slug(path)}", _render(app, launch, path))


def test_request_page_is_unchanged_for_the_clinician_who_saved_it(seeded):
    app, _, clinician, found, _ = seeded
    path = f"/requests/{found.request_ids[0]}"
    _compare(f"clinician-{_slug(path)}", _render(app, clinician, path))


def test_a_kept_report_carries_each_sessions_own_csrf_token(seeded):
    """The item cards of a report version are rendered once and kept; every form in them still
    carries the CSRF token of the session that opened the page."""
    app, coordinator, _, found, _ = seeded
    other = load_seed.make_session(app, coordinator.fhir_user)
    path = f"/requests/{found.request_ids[1]}"  # its newest version: override forms on each item
    tokens = []
    for launch in (coordinator, other):
        client = app.test_client()
        client.set_cookie(*load.session_cookie(app, launch.id).split("=", 1))
        page = client.get(path).text
        found_tokens = set(re.findall(r'name="csrf_token" value="([^"]+)"', page))
        assert len(found_tokens) == 1 and page.count('name="csrf_token"') > 10
        tokens.append(found_tokens.pop())
    assert tokens[0] != tokens[1]
