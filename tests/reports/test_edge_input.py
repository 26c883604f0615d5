"""Bad input at the edge never breaks a shared page, is never cut silently and never reaches a log
(issue 20, findings 4, 6, 8 and 10), through the app's pages on a real SQLite file, and on
PostgreSQL when DATABASE_URL_TEST is set."""

from __future__ import annotations

import logging
import re

import pytest
from appeal_helpers import AS_OF, CLINICIAN, COORDINATOR, record_denial, tracked
from databases import BACKENDS, fresh_database
from flask import Blueprint
from page_forms import csrf_of, version_of
from report_actors import Actors, save
from sqlalchemy.exc import IntegrityError

from smartapp import create_app
from smartapp.db import dispose, get_session, session_factory
from smartapp.models import RequestComment, TrackedRequest

RLO = "\u202e"


def make_app(url: str):
    app = create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": url, "COORDINATORS": {"sandbox-plain": [COORDINATOR]}, "AS_OF": AS_OF,
    })  # fmt: skip
    failing = Blueprint("failing", __name__)

    @failing.post("/test/failing-insert")
    def failing_insert() -> str:
        # A comment on no request: the database refuses the statement (foreign key) in the
        # middle of the request's transaction, which leaves the session needing a rollback.
        get_session().add(RequestComment(request_id=999999, author="x",
                                         text="NOTE-ADJACENT-SECRET"))  # fmt: skip
        get_session().flush()
        return "saved"

    app.register_blueprint(failing)
    return app


@pytest.fixture
def app(tmp_path):
    return make_app(f"sqlite:///{tmp_path / 'edge.sqlite3'}")


@pytest.fixture
def request_id(client, actors):
    saved = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "Derek Halloran")
    actors.sign_in(client, actors.session(COORDINATOR))
    return saved


def store_denial(app, request_id, **changes):
    """Write a denial straight into the row, as a value saved before the form was bounded."""
    with session_factory(app)() as db:
        row = db.get(TrackedRequest, request_id)
        row.denial = {"denial_date": "2026-11-18", "plan_type": "medicaid", "state": "OH",
                      "reason_text": "x", "category": "medical-necessity", **changes}  # fmt: skip
        row.status = "denied"
        db.commit()


def test_a_year_9999_denial_date_is_refused_and_nothing_changes(app, client, request_id):
    before = tracked(app, request_id)
    response = record_denial(client, request_id, denial_date="9999-12-31",
                             notice_date="9999-12-31")  # fmt: skip
    assert response.status_code == 400
    assert "Denial date 9999-12-31 is outside 2000-01-01 to 2099-12-31" in response.text
    after = tracked(app, request_id)
    assert (after.status, after.denial, after.version) == (before.status, None, before.version)


def test_a_stored_far_future_denial_breaks_no_shared_page(app, client, request_id):
    store_denial(app, request_id, denial_date="9999-12-31")
    for path in ("/worklist", "/worklist?due=urgent", "/appeals/digest",
                 f"/requests/{request_id}"):  # fmt: skip
        page = client.get(path)
        assert page.status_code == 200, path
    assert "record it again" in client.get(f"/requests/{request_id}").text
    # A date the form would refuse today but the calendar covers: still no 500.
    store_denial(app, request_id, denial_date="2150-01-01")
    for path in ("/worklist", "/appeals/digest", f"/requests/{request_id}"):
        assert client.get(path).status_code == 200, path


@pytest.mark.parametrize(("query", "note"), [
    ("updated_to=9999-12-31", "updated_to (dates from 2000-01-01 to 2099-12-31)"),
    ("updated_from=0001-01-01", "updated_from (dates from 2000-01-01 to 2099-12-31)"),
    ("page=99999999999999999999999", "page (1 to 100,000)"),
])  # fmt: skip
def test_out_of_range_worklist_parameters_are_ignored_with_a_note(client, request_id, query, note):
    page = client.get(f"/worklist?{query}")
    assert page.status_code == 200
    assert f"Ignored unusable filter values: {note}" in page.text
    assert f"/requests/{request_id}" in page.text


@pytest.mark.parametrize(("field", "length", "message"), [
    ("reason_text", 2001, "Denial reason can be at most 2,000 characters; this one has 2,001"),
    ("codes", 201, "EOB codes can be at most 200 characters; this one has 201"),
])  # fmt: skip
def test_a_too_long_denial_field_is_refused_with_the_limit(app, client, request_id, field,
                                                           length, message):  # fmt: skip
    text = ("CO-50 " * 400)[:length]
    response = record_denial(client, request_id, **{field: text})
    assert response.status_code == 400 and message in response.text
    assert text in response.text  # the form keeps what was typed: nothing is lost
    assert tracked(app, request_id).denial is None


def test_a_too_long_assignee_is_refused_with_the_limit(app, client, request_id):
    page = client.get(f"/requests/{request_id}").text
    response = client.post(f"/requests/{request_id}/assign", data={
        "csrf_token": csrf_of(page), "version": version_of(page), "assignee": "A" * 201})
    assert response.status_code == 400
    assert "at most 200 characters; this one has 201" in response.text
    assert tracked(app, request_id).assignee is None


def test_a_right_to_left_override_cannot_reorder_the_worklist(client, actors):
    spoof = f"Ann {RLO}10-10-0891"
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", spoof)
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get("/worklist").text
    row = page.split(f'href="/requests/{request_id}"')[1].split("</tr>")[0]
    assert re.search(f"<bdi>Ann {RLO}10-10-0891</bdi></a>", row)
    assert "<bdi>1980-01-01</bdi>" in row  # the birth date is isolated from the name
    request_page = client.get(f"/requests/{request_id}").text
    assert f"<title>\u2068Ann {RLO}10-10-0891\u2069 —" in request_page
    assert f"<h1><bdi>Ann {RLO}10-10-0891</bdi>" in request_page


@pytest.mark.parametrize("backend", BACKENDS)
def test_long_names_and_control_characters_are_kept_safe(backend, tmp_path, caplog):
    """A 257-character patient name saves whole (the column is 1,000 wide since 0006); a NUL
    in a comment is removed at the edge; a failing statement logs no parameter values."""
    with fresh_database(backend, tmp_path) as url:
        app = make_app(url)
        actors = Actors(app)
        client = app.test_client()
        name = "Maximiliana " + "Q" * 245
        assert len(name) == 257
        request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", name)
        assert tracked(app, request_id).patient_name == name
        actors.sign_in(client, actors.session(COORDINATOR))
        page = client.get(f"/requests/{request_id}").text
        response = client.post(f"/requests/{request_id}/comments",
                               data={"csrf_token": csrf_of(page), "text": "Called\x00 back"})
        assert response.status_code == 302
        with session_factory(app)() as db:
            assert [c.text for c in db.query(RequestComment)] == ["Called back"]

        caplog.set_level(logging.DEBUG)
        broken = client.post("/test/failing-insert", data={"csrf_token": csrf_of(page)})
        assert broken.status_code == 500
        assert "Nothing was changed" in broken.text and "patient_name" not in broken.text
        # The full error page (with the header) was drawn: the failed session was rolled back.
        assert 'class="support-ref"' in broken.text and "error page failed" not in caplog.text
        assert "NOTE-ADJACENT-SECRET" not in caplog.text
        assert "unexpected IntegrityError" in caplog.text
        # The database error itself (what a traceback would print) names no parameter value.
        with session_factory(app)() as db, pytest.raises(IntegrityError) as refused:
            db.add(RequestComment(request_id=999999, author="x", text="NOTE-ADJACENT-SECRET"))
            db.commit()
        assert "NOTE-ADJACENT-SECRET" not in str(refused.value)
        assert "hidden due to hide_parameters" in str(refused.value)
        dispose(app)
