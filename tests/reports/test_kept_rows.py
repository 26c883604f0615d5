"""Worklist rows kept per worker by what they show (issue 19, fourth pass): a row is rendered once
per distinct content, and any change to what it shows -- written by this process or another, to
the request, the assignee's name or the day a denial's deadline counts from -- shows at once."""

from __future__ import annotations

import re

import pytest
from appeal_helpers import AS_OF, CLINICIAN, COORDINATOR, record_denial
from databases import listening
from page_forms import csrf_of, version_of
from report_actors import person, save
from sqlalchemy import update

from smartapp import create_app, row_render
from smartapp.db import session_factory
from smartapp.models import TrackedRequest
from smartapp.people import remember
from smartapp.reports import fragments


@pytest.fixture
def app(tmp_path):
    return create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'kept.sqlite3'}",
        "COORDINATORS": {"sandbox-plain": [COORDINATOR]}, "AS_OF": AS_OF,
    })  # fmt: skip


def _change(app, request_id: int, **values) -> None:
    """A plain UPDATE in its own session, as another worker or a population run writes."""
    with session_factory(app)() as db:
        db.execute(update(TrackedRequest).where(TrackedRequest.id == request_id).values(**values))
        db.commit()


def _renders(monkeypatch, name: str) -> list[int]:
    """How many rows each render of the row template ``name`` wrote (smartapp.row_render)."""
    rendered: list[int] = []
    render = row_render.render

    def counted(template, **values):  # type: ignore[no-untyped-def]
        if template.name == name:
            rendered.append(len(values.get("rows", [None])))
        return render(template, **values)

    monkeypatch.setattr(row_render, "render", counted)
    return rendered


def _row(html: str, name: str) -> str:
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    return next(row for row in body.split("<tr")[1:] if f"<bdi>{name}</bdi>" in row)


def test_a_worklist_row_is_rendered_once_and_then_kept(app, client, actors, monkeypatch):
    save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "ROW KEPT")
    actors.sign_in(client, actors.session(COORDINATOR))
    first = client.get("/worklist").text
    rendered = _renders(monkeypatch, "reports/_worklist_row.html")
    again = client.get("/worklist").text
    assert rendered == [] and _row(again, "ROW KEPT") == _row(first, "ROW KEPT")


def test_a_changed_value_changes_a_kept_row(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "BEFORE NAME")
    actors.sign_in(client, actors.session(COORDINATOR))
    assert "BEFORE NAME" in client.get("/worklist").text
    _change(app, request_id, patient_name="AFTER NAME")
    row = _row(client.get("/worklist").text, "AFTER NAME")
    _change(app, request_id, readiness=7, required_gaps=1, status="in_progress",
            assignee=person("Practitioner/pa-ortiz"))  # fmt: skip
    changed = _row(client.get("/worklist").text, "AFTER NAME")
    assert changed != row
    assert "7/100" in changed and "1 required gap<" in changed and "in progress" in changed
    assert "pa-ortiz" in changed
    with app.app_context():  # the assignee's name, learnt later, replaces the bare id
        remember(person("Practitioner/pa-ortiz"), "Luis Ortiz")
    assert "Luis Ortiz" in _row(client.get("/worklist").text, "AFTER NAME")


def test_a_kept_denied_row_follows_the_day_and_the_denial(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "tka-gapped", "DENIED ROW")
    actors.sign_in(client, actors.session(COORDINATOR))
    assert record_denial(client, request_id, service_code="27447").status_code == 302
    assert "3 days left" in _row(client.get("/worklist").text, "DENIED ROW")
    app.config["AS_OF"] = "2026-11-23"  # the next day: the same row counts one day less
    assert "2 days left" in _row(client.get("/worklist").text, "DENIED ROW")
    with session_factory(app)() as db:
        tracked = db.get(TrackedRequest, request_id)
        before = _row(client.get("/worklist").text, "DENIED ROW")
        tracked.denial = {**tracked.denial, "denial_date": "2026-11-10", "category": "other"}
        db.commit()
    row = _row(client.get("/worklist").text, "DENIED ROW")
    assert row != before and "2 days left" not in row and "other (authorization" in row


def _header(html: str) -> str:
    return html.split('<header class="app-header">')[1].split("</header>")[0]


def _untimed(header: str) -> str:
    """The header with its CSRF token's signed time and signature left out: two pages a second
    apart carry the same token signed at different times."""
    return re.sub(r'(name="csrf_token" value="[^".]*)[^"]*"', r'\1"', header)


def _token(header: str) -> str:
    """The session's CSRF token in the sign-out form (its signed part: the time is signed too)."""
    return header.split('name="csrf_token" value="')[1].split('"')[0].split(".")[0]


def test_the_page_header_is_kept_by_what_it_shows(app, client, actors, monkeypatch):
    actors.sign_in(client, actors.session(COORDINATOR))
    first = _header(client.get("/worklist").text)
    assert "Worklist</a>" in first and "Current check</a>" in first
    template = app.jinja_env.get_template("_header.html")
    rendered: list[int] = []
    render = template.render
    monkeypatch.setattr(template, "render", lambda **kw: rendered.append(1) or render(**kw))
    assert _untimed(_header(client.get("/worklist").text)) == _untimed(first) and rendered == []
    with app.app_context():  # the viewer's name, learnt later, shows at once
        remember(person(COORDINATOR), "Dana Okafor")
    named = _header(client.get("/worklist").text)
    assert "Dana Okafor (coordinator)" in named and rendered == [1]
    # Another session: its own CSRF token in the sign-out form, a clinician's links.
    other = app.test_client()
    actors.sign_in(other, actors.session(CLINICIAN, patient=None))
    theirs = _header(other.get("/my-requests").text)
    assert "Worklist</a>" not in theirs and "Current check</a>" not in theirs
    assert _token(theirs) != _token(named) and _token(named) in named
    assert _token(_header(client.get("/worklist").text)) == _token(named)


def _trail(html: str) -> str:
    return html.split('<table class="audit">')[1].split("<tbody>")[1].split("</tbody>")[0]


def test_audit_rows_are_kept_by_what_they_show(app, client, actors, monkeypatch):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "TRAIL ROWS")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}").text
    client.post(f"/requests/{request_id}/assign",
                data={"csrf_token": csrf_of(page), "version": version_of(page),
                      "assignee": "Practitioner/pa-ortiz"})  # fmt: skip
    before = _trail(client.get(f"/requests/{request_id}").text)
    rendered = _renders(monkeypatch, "reports/_event_rows.html")
    again = _trail(client.get(f"/requests/{request_id}").text)
    # Only the view just before this one is new, and its row is the first view's but for the
    # time: kept without its time, it is not rendered again (stop 55).
    assert rendered == []
    assert again.split("</tr>", 1)[1] == before  # the rows that were there, as they were
    assert "Assigned the request to pa-ortiz (clinician)." in again
    # A name learnt later -- the viewer's, the assignee's in a sentence -- and the patient's,
    # changed by another process, show at once on rows that were kept.
    with app.app_context():
        remember(person(COORDINATOR), "Dana Okafor")
        remember(person("Practitioner/pa-ortiz"), "Luis Ortiz")
    _change(app, request_id, patient_name="TRAIL RENAMED")
    renamed = _trail(client.get(f"/requests/{request_id}").text)
    assert "Assigned the request to Luis Ortiz (clinician)." in renamed
    assert "pa-ortiz" not in renamed and "TRAIL ROWS" not in renamed
    assert "pa-coordinator" not in renamed and "<bdi>Dana Okafor (coordinator)</bdi>" in renamed
    assert renamed.count("<bdi>TRAIL RENAMED</bdi>") == renamed.count("<tr>")
    audit = _trail(client.get(f"/audit?request={request_id}").text)  # the audit page's table
    assert audit.split("</tr>", 1)[1] == renamed


def test_a_new_audit_row_of_a_kept_shape_shows_its_own_time(app, client, actors, monkeypatch):
    """Stop 55: a row kept without its time is filled with each new row's time, byte for byte
    what a render of that row writes; a row of a new shape is rendered once."""
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "TRAIL TIMES")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}").text
    client.get(f"/requests/{request_id}")
    rendered = _renders(monkeypatch, "reports/_event_rows.html")
    kept = _trail(client.get(f"/requests/{request_id}").text)  # its newest rows: two views
    assert rendered == []
    fragments._events.clear()
    fragments._event_forms.clear()
    fresh = _trail(client.get(f"/audit?request={request_id}").text)  # every row rendered anew
    assert rendered == [len(fresh.split("<tr>")) - 1]
    assert fresh.split("</tr>", 1)[1] == kept  # the same rows but the latest view's own
    client.post(f"/requests/{request_id}/comments",
                data={"csrf_token": csrf_of(page), "text": "A new shape"})  # fmt: skip
    rendered.clear()
    client.get(f"/requests/{request_id}")
    assert rendered == [1]  # the comment's row (the view's is of a kept shape)


def test_a_kept_request_page_leaves_its_report_alone(app, client, actors, monkeypatch):
    """Issue 19, stop 47: the report arranged and what an override may point at are worked out
    only to render the page or its item cards; a view of a kept page with kept cards needs
    neither, and a page rendered again (here a flashed message) arranges it again. Stop 49:
    nor does it decode the version's report, could-not-check list or record references; stop
    61: nor read them (~11 KB a version PostgreSQL sent with every view)."""
    from smartapp.checks import present
    from smartapp.overrides import panel, refs
    from smartapp.reports import access

    worked: list[str] = []
    arrange, decoded = present.arrange, access._decoded
    monkeypatch.setattr(present, "arrange",
                        lambda report: worked.append("arranged") or arrange(report))
    monkeypatch.setattr(panel, "pointable",
                        lambda *args: worked.append("pointable") or refs.pointable(*args))
    monkeypatch.setattr(access, "_decoded",
                        lambda row, field: worked.append(field) or decoded(row, field))
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "LEFT ALONE")
    actors.sign_in(client, actors.session(COORDINATOR))
    worked.clear()  # the check page and the save arrange it too
    first = client.get(f"/requests/{request_id}").text
    # The page and its cards, rendered: each column decoded once.
    assert sorted(worked) == sorted(["arranged", "pointable", *access.WRITTEN_ONCE])
    worked.clear()
    statements: list[str] = []
    with listening(app, "before_cursor_execute",
                   lambda _conn, _cursor, statement, *_: statements.append(statement)):
        again = client.get(f"/requests/{request_id}").text
    assert worked == [] and _trail(again) != _trail(first)
    assert statements and not [s for s in statements if "record_refs" in s], statements
    client.post(f"/requests/{request_id}/comments",
                data={"csrf_token": csrf_of(again), "text": "A NEW COMMENT"})  # fmt: skip
    assert "A NEW COMMENT" in client.get(f"/requests/{request_id}").text
    # The page again, not its cards (which alone read the record references).
    assert sorted(worked) == ["arranged", "could_not_check", "report"]


def test_an_incomplete_row_says_what_its_report_could_not_check(app, client, actors):
    # The reasons come from the latest report (listing.unchecked_reasons) and are in the key.
    from smartapp.models import SavedReport

    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "UNCHECKED ROW")
    actors.sign_in(client, actors.session(COORDINATOR))
    assert "Could not check" not in _row(client.get("/worklist").text, "UNCHECKED ROW")
    with session_factory(app)() as db:
        report_id = db.get(TrackedRequest, request_id).latest_report_id
        db.execute(update(SavedReport).where(SavedReport.id == report_id).values(
            could_not_check=[{"resource_type": "DocumentReference", "reason": "withheld",
                              "detail": "the EHR withheld notes"}]))  # fmt: skip
        db.commit()
    _change(app, request_id, readiness_state="incomplete")
    row = _row(client.get("/worklist").text, "UNCHECKED ROW")
    assert "Could not check clinical notes: the EHR withheld notes" in row
