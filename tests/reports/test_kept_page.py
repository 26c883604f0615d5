"""The request page and the worklist kept per worker by what they show (issue 19, stop 46):
rendered once per distinct content with slots for their rows, item cards and CSRF token, and any
change to what they show -- written by this process or another, a name learnt later, the day the
appeal clocks count from, a flashed message -- shows at once."""

from __future__ import annotations

import re

import pytest
from appeal_helpers import AS_OF, CLINICIAN, COORDINATOR, record_denial
from page_forms import csrf_of, version_of
from report_actors import person, save
from sqlalchemy import update

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.models import TrackedRequest
from smartapp.people import remember


@pytest.fixture
def app(tmp_path):
    return create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'kept-page.sqlite3'}",
        "COORDINATORS": {"sandbox-plain": [COORDINATOR]}, "AS_OF": AS_OF,
    })  # fmt: skip


@pytest.fixture
def renders(app, monkeypatch) -> list[int]:
    """Counts the renders of reports/request.html."""
    template = app.jinja_env.get_template("reports/request.html")
    counted: list[int] = []
    render = template.render
    monkeypatch.setattr(template, "render", lambda *a, **kw: counted.append(1) or render(*a, **kw))
    return counted


def _change(app, request_id: int, **values) -> None:
    """A plain UPDATE in its own session, as another worker or a population run writes."""
    with session_factory(app)() as db:
        db.execute(update(TrackedRequest).where(TrackedRequest.id == request_id).values(**values))
        db.commit()


def _without_trail(html: str) -> str:
    """The page with its audit rows and its CSRF tokens' signed times left out."""
    head, rest = html.split("<tbody>", 1) if "<table class=\"audit\">" in html else (html, "")
    html = head + rest.split("</tbody>", 1)[-1] if rest else html
    return re.sub(r'(name="csrf_token" value="[^".]*)[^"]*"', r'\1"', html)


def test_a_request_page_is_rendered_once_and_then_kept(app, client, actors, renders):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "KEPT PAGE")
    actors.sign_in(client, actors.session(COORDINATOR))
    first = client.get(f"/requests/{request_id}").text
    again = client.get(f"/requests/{request_id}").text
    assert renders == [1] and _without_trail(again) == _without_trail(first)
    assert again.count("<tr><td><time") == first.count("<tr><td><time") + 1  # the first view
    # Another session of the same person: the same page with its own CSRF token.
    other = app.test_client()
    actors.sign_in(other, actors.session(COORDINATOR))
    theirs = other.get(f"/requests/{request_id}").text
    assert renders == [1] and csrf_of(theirs) != csrf_of(again)
    assert set(re.findall(r'name="csrf_token" value="([^"]+)"', theirs)) == {csrf_of(theirs)}


def test_what_a_kept_page_shows_changes_at_once(app, client, actors, renders):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "BEFORE NAME")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}").text
    page = client.get(f"/requests/{request_id}").text  # kept from here on
    _change(app, request_id, patient_name="AFTER NAME", status="in_progress")
    page = client.get(f"/requests/{request_id}").text
    assert "<bdi>AFTER NAME</bdi>" in page and "BEFORE NAME" not in page
    assert '<option value="in_progress" selected>' in page
    # A change through the app flashes a message: shown once, then the page is kept again.
    client.post(f"/requests/{request_id}/assign",
                data={"csrf_token": csrf_of(page), "version": version_of(page),
                      "assignee": person("Practitioner/pa-ortiz")})  # fmt: skip
    page = client.get(f"/requests/{request_id}").text
    assert "Assignee updated." in page and "pa-ortiz (clinician)" in page
    assert "Assignee updated." not in client.get(f"/requests/{request_id}").text
    with app.app_context():  # a name learnt later replaces the bare id at once
        remember(person("Practitioner/pa-ortiz"), "Luis Ortiz")
    page = client.get(f"/requests/{request_id}").text
    assert "<dd><bdi>Luis Ortiz (clinician)</bdi></dd>" in page
    client.post(f"/requests/{request_id}/comments",
                data={"csrf_token": csrf_of(page), "text": "A NEW COMMENT"})  # fmt: skip
    client.get(f"/requests/{request_id}")  # shows the flash
    assert "A NEW COMMENT" in client.get(f"/requests/{request_id}").text
    count = len(renders)
    client.get(f"/requests/{request_id}")
    assert len(renders) == count  # and kept again


def test_a_kept_denied_page_follows_the_day_and_the_denial(app, client, actors, renders):
    request_id = save(client, actors, actors.session(CLINICIAN), "tka-gapped", "DENIED PAGE")
    actors.sign_in(client, actors.session(COORDINATOR))
    assert record_denial(client, request_id, service_code="27447").status_code == 302
    client.get(f"/requests/{request_id}")  # the flash
    client.get(f"/requests/{request_id}")
    first = client.get(f"/requests/{request_id}").text
    assert "3 days left" in first
    app.config["AS_OF"] = "2026-11-23"  # the next day: the same denial counts one day less
    assert "2 days left" in client.get(f"/requests/{request_id}").text
    with session_factory(app)() as db:
        tracked = db.get(TrackedRequest, request_id)
        tracked.denial = {**tracked.denial, "reason_text": "A CHANGED REASON"}
        db.commit()
    assert "A CHANGED REASON" in client.get(f"/requests/{request_id}").text


def test_the_worklist_around_its_rows_is_kept_by_what_it_shows(app, client, actors, monkeypatch):
    save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "FIRST ROW")
    actors.sign_in(client, actors.session(COORDINATOR))
    template = app.jinja_env.get_template("reports/worklist.html")
    counted: list[int] = []
    render = template.render
    monkeypatch.setattr(template, "render", lambda *a, **kw: counted.append(1) or render(*a, **kw))
    first = client.get("/worklist").text
    assert _without_trail(client.get("/worklist").text) == _without_trail(first)
    assert counted == [1] and "1 request." in first
    # Another filter is another page; a request saved by another session changes the count.
    assert "No requests match these filters." in client.get("/worklist?status=denied").text
    save(client, actors, actors.session(CLINICIAN), "tka-gapped", "SECOND ROW")
    actors.sign_in(client, actors.session(COORDINATOR))
    again = client.get("/worklist").text
    assert "2 requests." in again and "SECOND ROW" in again
    _change(app, 1, assignee=person("Practitioner/pa-ortiz"))
    assert "pa-ortiz (clinician)" in client.get("/worklist").text
    with app.app_context():  # an assignee's name in the filter's picker, learnt later
        remember(person("Practitioner/pa-ortiz"), "Luis Ortiz")
    named = client.get("/worklist").text
    assert "Luis Ortiz (clinician)" in named and "pa-ortiz (clinician)" not in named
