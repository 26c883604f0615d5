"""A saved version's item cards stored in the database (issue 19, fifth pass): rendered once by
one worker, read by every other worker and after a restart, and never stale -- an override, a
withdrawal, an attestation or a person's name written by another worker shows at once, and a
new deployment's code renders them afresh."""

from __future__ import annotations

import zlib

import pytest
from attest_helpers import CLINICIAN, attest
from attest_helpers import save as save_check
from databases import BACKENDS, fresh_database
from page_forms import csrf_of
from report_actors import COORDINATOR, Actors, person, save
from sqlalchemy import delete, select, update

from smartapp import create_app
from smartapp.db import dispose, session_factory
from smartapp.models import RenderedReport, SavedReport, TrackedRequest
from smartapp.people import remember
from smartapp.reports import cards as kept_cards
from smartapp.reports import rendered


@pytest.fixture(params=BACKENDS)
def app(request, tmp_path):
    """The app on a fresh SQLite file, or on a fresh PostgreSQL database."""
    with fresh_database(request.param, tmp_path) as url:
        app = create_app({"TESTING": True, "SECRET_KEY": "test-secret",
                          "COOKIE_MODE": "local-http", "DATABASE_URL": url,
                          "COORDINATORS": {"sandbox-plain": [COORDINATOR]}})  # fmt: skip
        yield app
        dispose(app)


@pytest.fixture
def actors(app):
    return Actors(app)


@pytest.fixture
def other(app):
    """Another worker: its own app (its own kept cards) on the same database."""
    other = create_app({**app.config, "CREATE_SCHEMA": False})
    yield other
    dispose(other)


@pytest.fixture
def renders(monkeypatch):
    """Counts the item cards rendered (every worker of the test process)."""
    counted: list[str] = []
    render = kept_cards.render_template

    def counting(name, **context):
        counted.append(name)
        return render(name, **context)

    monkeypatch.setattr(kept_cards, "render_template", counting)
    return counted


def cards(html: str) -> str:
    """The report's item cards as the page shows them."""
    return html.split('<section class="gaps"')[1].split('<section aria-labelledby="versions')[0]


def stored(app) -> list[tuple[int, str]]:
    with session_factory(app)() as db:
        return [tuple(row) for row in db.execute(
            select(RenderedReport.report_id, RenderedReport.stamp))]  # fmt: skip


def signed_in(app, actors, who: str):
    client = app.test_client()
    actors.sign_in(client, actors.session(who))
    return client


def test_cards_rendered_by_one_worker_are_read_by_the_others(app, other, client, actors,
                                                             renders):  # fmt: skip
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "STORED CARDS")
    first = signed_in(app, actors, COORDINATOR).get(f"/requests/{request_id}").text
    assert renders.count("checks/_report.html") == 1
    assert [stamp for _, stamp in stored(app)] == [rendered.stamp()]
    with session_factory(app)() as db:  # stored without the session's CSRF token
        [html] = db.scalars(select(RenderedReport.html))
        assert csrf_of(first) not in zlib.decompress(html).decode()
    elsewhere = signed_in(other, actors, COORDINATOR)
    again = elsewhere.get(f"/requests/{request_id}").text
    kept_cards.forget()  # a restarted worker keeps nothing in memory
    restarted = elsewhere.get(f"/requests/{request_id}").text
    assert renders.count("checks/_report.html") == 1  # read, not rendered again
    # The same cards, each with its own session's CSRF token put back in (a signed token also
    # carries the second it was made, so two views of one session may differ by it too).
    assert csrf_of(again) in cards(again) and csrf_of(first) not in cards(again)
    assert {cards(page).replace(csrf_of(page), "") for page in (first, again, restarted)} == {
        cards(first).replace(csrf_of(first), "")}  # fmt: skip


def test_what_another_worker_changes_shows_at_once(app, other, client, actors, renders):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "CHANGING")
    here, there = signed_in(app, actors, COORDINATOR), signed_in(other, actors, COORDINATOR)
    page = here.get(f"/requests/{request_id}")
    assert "Disagree with this result" in cards(there.get(f"/requests/{request_id}").text)
    report_id = page.text.split(f"/requests/{request_id}/reports/")[1].split("/")[0]
    marked = here.post(f"/requests/{request_id}/reports/{report_id}/items/LMRI-004/override",
                       data={"csrf_token": csrf_of(page.text), "kind": "not_applicable",
                             "reason": "Exam deferred: telehealth visit."})  # fmt: skip
    assert marked.status_code == 302
    shown = cards(there.get(f"/requests/{request_id}").text)
    assert "pa-coordinator (coordinator)</bdi> said: does not apply." in shown
    with app.app_context():  # a name learnt by one worker: the other's cards name the person
        remember(person(COORDINATOR), "Dana Okafor")
    shown = cards(there.get(f"/requests/{request_id}").text)
    assert "Dana Okafor (coordinator)</bdi> said: does not apply." in shown
    page = here.get(f"/requests/{request_id}")
    override_id = page.text.split("/overrides/")[1].split("/")[0]
    withdrawn = here.post(
        f"/requests/{request_id}/reports/{report_id}/overrides/{override_id}/withdraw",
        data={"csrf_token": csrf_of(page.text)},
    )
    assert withdrawn.status_code == 302
    assert "Withdrawn overrides (1)" in cards(there.get(f"/requests/{request_id}").text)


def test_an_attestation_given_through_another_worker_shows_at_once(app, other, actors):
    clinician = actors.session(CLINICIAN)
    run = actors.run(clinician, "lmri-gapped")
    here, there = app.test_client(), other.test_client()
    actors.sign_in(here, clinician)
    actors.sign_in(there, clinician)
    request_id = save_check(here, run.id)
    assert "Attested by" not in there.get(f"/requests/{request_id}").text  # stored, and kept
    attest(here, run.id, **{"LMRI-004": "yes"})
    assert "Attested by" in cards(there.get(f"/requests/{request_id}").text)


def test_a_new_deployment_renders_afresh_and_replaces_the_old_rows(app, client, actors, renders,
                                                                   monkeypatch):  # fmt: skip
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "DEPLOYED")
    coordinator = signed_in(app, actors, COORDINATOR)
    before = coordinator.get(f"/requests/{request_id}").text
    kept_cards.forget()
    monkeypatch.setattr(rendered, "stamp", lambda: "0123456789abcdef")  # changed code or templates
    after = coordinator.get(f"/requests/{request_id}").text
    assert renders.count("checks/_report.html") == 2
    # The same cards; the signed CSRF token carries the second it was made.
    assert cards(after).replace(csrf_of(after), "") == cards(before).replace(csrf_of(before), "")
    assert [stamp for _, stamp in stored(app)] == ["0123456789abcdef"]


def test_the_stored_cards_go_with_their_report_version(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "DELETED")
    signed_in(app, actors, COORDINATOR).get(f"/requests/{request_id}")
    assert len(stored(app)) == 1
    with session_factory(app)() as db:  # as an administrator deletes a request's reports
        db.execute(update(TrackedRequest).values(latest_report_id=None))
        db.execute(delete(SavedReport))
        db.commit()
    assert stored(app) == []


def test_cards_pushed_out_of_the_text_tier_come_back_from_the_compressed_one(app, client, actors,
                                                                            renders):  # fmt: skip
    """A worker keeps many more versions compressed than as text (issue 19, eleventh pass): a
    version pushed out of the text tier is inflated from this worker's compressed copy -- no
    database row needed, nothing rendered again -- and shows the same cards."""
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "PACKED CARDS")
    coordinator = signed_in(app, actors, COORDINATOR)
    first = coordinator.get(f"/requests/{request_id}").text
    kept_cards._kept.clear()  # pushed out of the text tier by other versions
    with session_factory(app)() as db:  # and no stored row to fall back on
        db.execute(delete(RenderedReport))
        db.commit()
    again = coordinator.get(f"/requests/{request_id}").text
    assert renders.count("checks/_report.html") == 1
    assert cards(again).replace(csrf_of(again), "") == cards(first).replace(csrf_of(first), "")


def test_stored_cards_are_read_without_an_orm_session(app, other, client, actors, renders,
                                                      monkeypatch):  # fmt: skip
    # A worker's first view of a version another worker rendered reads the stored row on the
    # request's connection (smartapp.direct): no ORM Session is opened for it (issue 19, stop 59).
    # Rendering and storing still go through one, in the page's transaction.
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "READ PLAIN")
    first = signed_in(app, actors, COORDINATOR).get(f"/requests/{request_id}").text
    assert renders.count("checks/_report.html") == 1
    kept_cards.forget()
    opened: list[str] = []
    open_session = kept_cards.get_session
    monkeypatch.setattr(kept_cards, "get_session", lambda: opened.append("session") or 1 / 0)
    again = signed_in(other, actors, COORDINATOR).get(f"/requests/{request_id}")
    assert again.status_code == 200 and opened == [] and renders.count("checks/_report.html") == 1
    assert cards(again.text).replace(csrf_of(again.text), "") == \
        cards(first).replace(csrf_of(first), "")  # fmt: skip
    with session_factory(app)() as db:  # a version nobody stored: rendered, stored, one Session
        db.execute(delete(RenderedReport))
        db.commit()
    kept_cards.forget()
    monkeypatch.setattr(kept_cards, "get_session", open_session)
    assert signed_in(other, actors, COORDINATOR).get(f"/requests/{request_id}").status_code == 200
    assert renders.count("checks/_report.html") == 2 and len(stored(app)) == 1
