"""Saving a check, the worklist and the workflow, through the app's pages (real SQLite file)."""

from __future__ import annotations

import json
import re
from contextlib import contextmanager

from databases import listening
from flask import url_for
from page_forms import csrf_of, version_of
from report_actors import COORDINATOR, person, save

from smartapp.db import session_factory
from smartapp.models import AuditEvent, RequestComment, SavedReport, TrackedRequest
from smartapp.people import remember
from smartapp.urls import request_href, request_hrefs

CLINICIAN = "Practitioner/md-whitfield"



def rows(app, model):
    with session_factory(app)() as db:
        return db.query(model).all()


def test_a_clinician_saves_and_sees_the_saved_report(app, client, actors):
    clinician = actors.session(CLINICIAN)
    request_id = save(client, actors, clinician, "lmri-gapped", "Derek Halloran")
    page = client.get(f"/requests/{request_id}")
    assert page.status_code == 200
    assert "Derek Halloran" in page.text and "72148" in page.text
    assert "Would be denied for lack of medical necessity" in page.text
    assert "Workflow" not in page.text  # clinicians do not move requests through the workflow
    [tracked] = rows(app, TrackedRequest)
    assert (tracked.status, tracked.created_by) == ("open", person(CLINICIAN))
    assert tracked.required_gaps > 0 and tracked.readiness < 100
    assert tracked.readiness_state == "not_ready"
    [saved] = rows(app, SavedReport)
    assert (saved.state, saved.readiness) == ("not_ready", tracked.readiness)
    actions = [e.action for e in rows(app, AuditEvent)]
    assert actions == ["view_check", "save_report", "view_request"]
    assert client.get("/my-requests").text.count(f"/requests/{request_id}") == 1


def test_saving_again_adds_a_version_to_the_same_request(app, client, actors):
    clinician = actors.session(CLINICIAN)
    first = save(client, actors, clinician, "lmri-gapped")
    second = save(client, actors, clinician, "lmri-gapped")
    assert first == second
    assert len(rows(app, SavedReport)) == 2
    [tracked] = rows(app, TrackedRequest)
    assert tracked.latest_report_id == max(r.id for r in rows(app, SavedReport))


def test_only_coordinators_open_the_worklist_and_audit(client, actors):
    actors.sign_in(client, actors.session(CLINICIAN))
    for path in ("/worklist", "/audit"):
        page = client.get(path)
        assert page.status_code == 403 and "PA coordinators" in page.text
    actors.sign_in(client, actors.session(COORDINATOR))
    assert client.get("/worklist").status_code == 200
    assert client.get("/audit").status_code == 200


def test_no_session_means_relaunch(client):
    page = client.get("/worklist")
    assert page.status_code == 401 and "Relaunch the app" in page.text


def test_a_busy_request_page_shows_its_latest_events_and_links_the_rest(client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    for _ in range(22):  # every view is audited
        client.get(f"/requests/{request_id}")
    trail = client.get(f"/requests/{request_id}").text.split('id="audit-heading"')[1]
    assert trail.count("<tr><td><time") == 20
    assert f'href="/audit?request={request_id}"' in trail
    full = client.get(f"/audit?request={request_id}").text
    assert full.count("<tr><td><time") >= 24


def test_a_clinician_cannot_open_another_clinicians_request(client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session("Practitioner/md-other"))
    assert client.get(f"/requests/{request_id}").status_code == 404


def test_coordinator_moves_a_request_through_the_workflow(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}")
    form = {"csrf_token": csrf_of(page.text), "version": version_of(page.text)}
    response = client.post(f"/requests/{request_id}/status",
                           data={**form, "status": "in_progress", "comment": "Calling the clinic"})
    assert response.status_code == 302
    page = client.get(f"/requests/{request_id}")
    assert "in progress" in page.text and "Calling the clinic" in page.text
    assert "status change" in page.text  # the request's audit trail shows the change
    [tracked] = rows(app, TrackedRequest)
    assert tracked.status == "in_progress"
    change = next(e for e in rows(app, AuditEvent) if e.action == "status_change")
    assert (change.actor, change.role, change.detail["from"], change.detail["to"]) == (
        person(COORDINATOR), "coordinator", "open", "in_progress")
    assert change.patient_ref == "Patient/lmri-gapped"
    assert [c.text for c in rows(app, RequestComment)] == ["Calling the clinic"]


def test_a_change_from_a_stale_page_is_refused_and_nothing_changes(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}")
    stale = {"csrf_token": csrf_of(page.text), "version": version_of(page.text)}
    assert client.post(f"/requests/{request_id}/status",
                       data={**stale, "status": "ready_to_submit"}).status_code == 302
    refused = client.post(f"/requests/{request_id}/status", data={**stale, "status": "submitted"})
    assert refused.status_code == 409 and "Someone else changed this request" in refused.text
    assert rows(app, TrackedRequest)[0].status == "ready_to_submit"


def test_a_denial_is_recorded_through_the_denial_form(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}")
    form = {"csrf_token": csrf_of(page.text), "version": version_of(page.text),
            "status": "denied"}
    redirected = client.post(f"/requests/{request_id}/status", data=form)
    assert redirected.headers["Location"].endswith(f"/requests/{request_id}/denial")
    assert rows(app, TrackedRequest)[0].status == "open"
    page = client.get(f"/requests/{request_id}/denial")
    accepted = client.post(f"/requests/{request_id}/denial", data={
        "csrf_token": csrf_of(page.text), "version": version_of(page.text),
        "denial_date": "2026-11-18", "plan_type": "medicaid", "state": "OH",
        "reason_text": "Insufficient documentation of conservative care",
        "category": "medical-necessity"})
    assert accepted.status_code == 302
    tracked = rows(app, TrackedRequest)[0]
    assert tracked.status == "denied" and tracked.denial["category"] == "medical-necessity"
    assert "lack of medical necessity" in client.get("/worklist?status=denied").text


def test_a_post_without_the_csrf_token_changes_nothing(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}")
    forged = client.post(f"/requests/{request_id}/status",
                         data={"version": version_of(page.text), "status": "approved"})
    assert forged.status_code == 400 and "This page expired" in forged.text
    assert rows(app, TrackedRequest)[0].status == "open"


def test_worklist_filters_and_sorts(client, actors):
    clinician = actors.session(CLINICIAN)
    for scenario in ("lmri-gapped", "lmri-complete", "tka-gapped", "walker-complete"):
        save(client, actors, clinician, scenario, scenario.upper())
    actors.sign_in(client, actors.session(COORDINATOR))
    everything = client.get("/worklist").text
    assert "4 requests" in everything
    complete = client.get("/worklist?min_readiness=100").text
    assert "LMRI-COMPLETE" in complete and "LMRI-GAPPED" not in complete
    dme = client.get("/worklist?topic=dme").text
    assert "WALKER-COMPLETE" in dme and "TKA-GAPPED" not in dme
    by_readiness = client.get("/worklist?sort=readiness").text
    assert by_readiness.index("LMRI-GAPPED") < by_readiness.index("LMRI-COMPLETE")
    named = client.get("/worklist?patient=tka").text
    assert "1 request match" in named
    # The readiness column says the state (issue 12), and the state filters.
    row = everything.split("LMRI-GAPPED</bdi></a>")[1].split("</tr>")[0]
    assert 'readiness-not_ready' in row and "Not ready" in row
    row = everything.split("LMRI-COMPLETE</bdi></a>")[1].split("</tr>")[0]
    assert "100/100" in row and "Ready" in row and "Not ready" not in row
    ready = client.get("/worklist?readiness=ready").text
    assert "2 requests match" in ready and "LMRI-GAPPED" not in ready
    assert "2 requests match" in client.get("/worklist?readiness=not_ready").text
    assert "0 requests match" in client.get("/worklist?readiness=incomplete").text
    bad = client.get("/worklist?min_readiness=lots&sort=nonsense").text
    assert "Ignored unusable filter values" in bad and "4 requests" in bad
    ignored = bad.split("Ignored")[1][:80]
    assert "min_readiness" in ignored and "sort" in ignored


def test_exports_of_a_saved_report(client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    page = client.get(f"/requests/{request_id}")
    report_id = page.text.split(f"/requests/{request_id}/reports/")[1].split("/")[0]
    exported = client.get(f"/requests/{request_id}/reports/{report_id}/report.json")
    assert exported.headers["Content-Disposition"].startswith("attachment")
    report = json.loads(exported.data)
    assert report["service"]["code"] == "72148" and report["checklist"]["version"]
    expected_name = f'filename="gap-report-72148-{report["as_of"]}.json"'
    assert exported.headers["Content-Disposition"] == f"attachment; {expected_name}"
    printed = client.get(f"/requests/{request_id}/reports/{report_id}/print")
    assert printed.status_code == 200 and "print.css" in printed.text
    assert "<form" not in printed.text


def test_a_saved_report_downloads_as_a_pdf(client, actors):
    import io

    from pypdf import PdfReader

    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    page = client.get(f"/requests/{request_id}")
    report_id = page.text.split(f"/requests/{request_id}/reports/")[1].split("/")[0]
    pdf = client.get(f"/requests/{request_id}/reports/{report_id}/report.pdf")
    assert pdf.mimetype == "application/pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    assert "72148" in text and "LMRI-003" in text
    # No chart is open for this patient in this session: no write-back offered.
    assert "Add this report to the chart" not in page.text


def picker(html: str, select_id: str) -> list[str]:
    block = html.split(f'<select id="{select_id}"')[1].split("</select>")[0]
    return re.findall(r"<option[^>]*>([^<]*)</option>", block)


def test_worklist_pickers_offer_the_values_in_use(client, actors):
    clinician = actors.session(CLINICIAN)
    request_id = save(client, actors, clinician, "tka-gapped")
    for scenario in ("lmri-gapped", "walker-complete", "cpap-gapped"):
        save(client, actors, clinician, scenario)
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}")
    client.post(f"/requests/{request_id}/assign",
                data={"csrf_token": csrf_of(page.text), "version": version_of(page.text),
                      "assignee": "Practitioner/pa-ortiz"})  # fmt: skip
    worklist = client.get("/worklist").text
    assert picker(worklist, "f-topic") == ["Any", "advanced imaging", "durable medical equipment",
                                           "non-emergent surgery"]  # fmt: skip
    assert picker(worklist, "f-service") == ["Any", "27447", "72148", "E0143", "E0601"]
    # People by name; this one was never met at a launch, so by id (the value stays the id).
    assert picker(worklist, "f-assignee") == ["Anyone", "Me", "Unassigned",
                                              "pa-ortiz (clinician)"]  # fmt: skip
    # The value is the identity at the assigner's EHR (issue 20: a person is iss + fhirUser).
    assert '/Practitioner/pa-ortiz" >pa-ortiz (clinician)</option>' in worklist


def test_the_kept_filter_form_follows_the_values_and_names_in_use(app, client, actors):
    # The form is rendered once per distinct content (smartapp/reports/fragments.py): a new
    # assignee, a learned name, another filter value each show at once.
    clinician = actors.session(CLINICIAN)
    request_id = save(client, actors, clinician, "tka-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    assert picker(client.get("/worklist").text, "f-assignee") == ["Anyone", "Me", "Unassigned"]
    page = client.get(f"/requests/{request_id}")
    client.post(f"/requests/{request_id}/assign",
                data={"csrf_token": csrf_of(page.text), "version": version_of(page.text),
                      "assignee": "Practitioner/pa-ortiz"})  # fmt: skip
    worklist = client.get("/worklist").text
    assert picker(worklist, "f-assignee")[3:] == ["pa-ortiz (clinician)"]
    assignees = worklist.split('<select id="f-assignee"')[1].split("</select>")[0]
    identity = assignees.split('<option value="')[-1].split('"')[0]
    with app.test_request_context():
        remember(identity, "Luis Ortiz")
    assert picker(client.get("/worklist").text, "f-assignee")[3:] == ["Luis Ortiz (clinician)"]
    chosen = client.get("/worklist?topic=non-emergent-surgery").text
    assert '<option value="non-emergent-surgery" selected>' in chosen
    assert '<option value="non-emergent-surgery" selected>' not in client.get("/worklist").text
    assert picker(client.get("/dashboard").text, "f-assignee")[3:] == ["Luis Ortiz (clinician)"]


@contextmanager
def _statements(app):  # type: ignore[no-untyped-def]
    """The SQL statements the app sends while the block runs."""
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    with listening(app, "before_cursor_execute", record):
        yield statements


def test_pages_read_the_launched_session_once_per_request(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    for path in ("/worklist", f"/requests/{request_id}"):
        with _statements(app) as statements:
            assert client.get(path).status_code == 200
        # Decorators, view and page header share one read (every request still re-reads).
        assert sum("FROM app_sessions" in s for s in statements) == 1, path


def test_a_request_page_reads_no_check_summaries_for_its_named_patient(app, client, actors):
    # The audit rows' Patient cell: the request names the patient, so the checks' JSON
    # summaries are not read (a check's name would lose to the request's anyway).
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "PAT NAMED")
    actors.sign_in(client, actors.session(COORDINATOR))
    with _statements(app) as statements:
        page = client.get(f"/requests/{request_id}").text
    assert "PAT NAMED" in page.split("Audit trail")[1]
    assert not [s for s in statements if "FROM check_runs" in s]


def test_list_links_to_request_pages_are_url_for_links(app):
    # The worklist and audit tables build their links with request_href (url_for once a page)
    # or request_hrefs (the link built once for the whole table).
    with app.test_request_context("/worklist", environ_overrides={"SCRIPT_NAME": "/pa"}):
        expected = [url_for("reports.request_page", request_id=n) for n in (7, 42, 12345)]
        assert [request_href(n) for n in (7, 42, 12345)] == expected
        assert [request_hrefs()(n) for n in (7, 42, 12345)] == expected
        assert expected[1] == "/pa/requests/42"
