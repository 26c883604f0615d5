"""Identity is (iss, fhirUser) and requests belong to the organisation's worklist (issue 20,
findings 2 and 7), through the app's pages on a real SQLite file."""

from __future__ import annotations

import subprocess
import sys

import pytest
from page_forms import csrf_of, version_of
from report_actors import COORDINATOR, person, save

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.errors import ConfigError
from smartapp.models import AuditEvent, TrackedRequest

CLINICIAN = "Practitioner/md-whitfield"
OTHER_EHR = {"server_id": "other-clinic", "iss": "https://other-clinic.example/fhir"}


def test_the_same_practitioner_id_at_another_ehr_is_another_person(client, actors):
    """Practitioner/pa-coordinator is a coordinator at the sandbox; the same id signed in by
    another EHR is a clinician there, sees no worklist and none of the sandbox's requests."""
    mine = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    impostor = actors.session(COORDINATOR, **OTHER_EHR)
    actors.sign_in(client, impostor)
    for path in ("/worklist", "/audit", "/appeals/digest"):
        assert client.get(path).status_code == 403, path
    assert client.get(f"/requests/{mine}").status_code == 404
    # Nor does a clinician's id at another EHR see what the sandbox clinician saved.
    actors.sign_in(client, actors.session(CLINICIAN, **OTHER_EHR))
    assert client.get(f"/requests/{mine}").status_code == 404
    assert f"/requests/{mine}" not in client.get("/my-requests").text
    # The real coordinator still works.
    actors.sign_in(client, actors.session(COORDINATOR))
    assert client.get("/worklist").status_code == 200


def test_who_did_what_is_recorded_with_the_ehr(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    with session_factory(app)() as db:
        tracked = db.get(TrackedRequest, request_id)
        actors_seen = {e.actor for e in db.query(AuditEvent)}
    assert tracked.created_by == person(CLINICIAN)
    assert actors_seen == {person(CLINICIAN)}
    # Pages show the short reference for the viewer's own EHR, and name another EHR's users.
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}").text
    assert "<bdi>md-whitfield (clinician)</bdi>" in page
    assert person(CLINICIAN) not in page


def test_assigning_me_stores_my_identity(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}").text
    client.post(f"/requests/{request_id}/assign", data={
        "csrf_token": csrf_of(page), "version": version_of(page), "assignee": "me"})
    with session_factory(app)() as db:
        assert db.get(TrackedRequest, request_id).assignee == person(COORDINATOR)
    assert f"/requests/{request_id}" in client.get("/worklist?assignee=me").text


def test_a_second_clinician_who_saves_the_same_request_can_open_it(app, client, actors):
    first = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    second_clinician = actors.session("Practitioner/md-okafor")
    joined = save(client, actors, second_clinician, "lmri-gapped")
    assert joined == first  # one request per patient and service
    page = client.get(f"/requests/{joined}")
    assert page.status_code == 200 and "72148" in page.text
    assert f"/requests/{joined}" in client.get("/my-requests").text
    # The first clinician still sees it too; a clinician who saved nothing does not.
    actors.sign_in(client, actors.session(CLINICIAN))
    assert client.get(f"/requests/{first}").status_code == 200
    actors.sign_in(client, actors.session("Practitioner/md-nakamura"))
    assert client.get(f"/requests/{first}").status_code == 404


def test_coordinators_must_be_configured_per_ehr(tmp_path):
    with pytest.raises(ConfigError, match="name the EHR"):
        create_app({"TESTING": True, "SECRET_KEY": "x", "COORDINATORS": [COORDINATOR],
                    "DATABASE_URL": f"sqlite:///{tmp_path / 'c.sqlite3'}"})  # fmt: skip


def test_identity_sits_below_launch_and_reports():
    """No import circle: identity imports neither launch nor reports, and launch no reports."""
    code = (
        "import sys, smartapp.identity\n"
        "assert not [m for m in sys.modules if m.startswith(('smartapp.launch', "
        "'smartapp.reports'))], 'identity pulled in launch or reports'\n"
        "import smartapp.launch\n"
        "assert not [m for m in sys.modules if m.startswith('smartapp.reports')], "
        "'launch pulled in reports'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
