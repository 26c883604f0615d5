"""The worklist and the request page read the names of the people they show, not of everyone
the app has met (issue 19, eighth pass): one statement keyed by those identities. A name the
page did not list still shows (read on its own), and a page that lists nobody reads everyone
once, as before."""

from __future__ import annotations

from databases import listening
from flask import g
from page_forms import csrf_of, version_of
from report_actors import COORDINATOR, person, save

from smartapp.people import load_names, name_of, remember

CLINICIAN = "Practitioner/md-whitfield"
ORTIZ = "Practitioner/pa-ortiz"
STRANGER = "Practitioner/md-nobody-here"


def _people_reads(app, client, path: str) -> tuple[str, list[tuple]]:
    """The page's text and the parameters of each statement it ran on the people table."""
    reads: list[tuple] = []

    def seen(_connection, _cursor, statement, parameters, *_):  # type: ignore[no-untyped-def]
        if "FROM people" in statement:
            reads.append((statement, tuple(parameters)))

    with listening(app, "before_cursor_execute", seen):
        page = client.get(path)
    assert page.status_code == 200, path
    return page.text, reads


def test_the_pages_read_only_the_names_they_show(app, client, actors):
    with app.app_context():
        remember(person(CLINICIAN), "Dr. Ana Whitfield")
        remember(person(COORDINATOR), "Dana Okafor")
        remember(person(ORTIZ), "Luis Ortiz")
        remember(person(STRANGER), "Someone Elsewhere")
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}").text
    client.post(f"/requests/{request_id}/assign", data={
        "csrf_token": csrf_of(page), "version": version_of(page), "assignee": ORTIZ})  # fmt: skip
    for path, shown in (("/worklist", ("Dana Okafor", "Luis Ortiz")),
                        (f"/requests/{request_id}", ("Dana Okafor", "Luis Ortiz",
                                                     "Dr. Ana Whitfield"))):  # fmt: skip
        text, reads = _people_reads(app, client, path)
        assert len(reads) == 1 and " IN (" in reads[0][0], (path, reads)
        asked = reads[0][1]
        assert person(ORTIZ) in asked and person(STRANGER) not in asked, (path, asked)
        assert all(name in text for name in shown), path
        assert "Someone Elsewhere" not in text


def test_a_name_the_page_did_not_list_still_shows(app):
    with app.app_context():
        remember(person(CLINICIAN), "Dr. Ana Whitfield")
        remember(ORTIZ, "Luis Ortiz")  # learnt from a record: by its Type/id tail
    with app.test_request_context():
        assert load_names([person(COORDINATOR), person(ORTIZ)]) == {ORTIZ: "Luis Ortiz"}
        assert name_of(person(ORTIZ)) == "Luis Ortiz"  # by its tail
        assert name_of(person(CLINICIAN)) == "Dr. Ana Whitfield"  # not listed: read alone
        assert person(CLINICIAN) in g.people_asked and not g.get("people_all")
    with app.test_request_context():  # a page that lists nobody: everyone, once
        assert name_of(person(CLINICIAN)) == "Dr. Ana Whitfield" and g.people_all
        assert g.people_names == {person(CLINICIAN): "Dr. Ana Whitfield", ORTIZ: "Luis Ortiz"}
    with app.test_request_context():  # a name learnt during the request shows at once
        assert name_of(person(COORDINATOR)) is None
        remember(person(COORDINATOR), "Dana Okafor")
        assert name_of(person(COORDINATOR)) == "Dana Okafor"
