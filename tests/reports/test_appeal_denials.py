"""Recording a denial and its appeal progress through the app's pages (real SQLite file, fixed
AS_OF): valid and invalid forms, code-derived categories, stale pages, roles, and the clocks."""

from __future__ import annotations

import pytest
from appeal_helpers import (
    AS_OF,
    CLINICIAN,
    COORDINATOR,
    DENIAL,
    csrf_of,
    form_of,
    record_denial,
    tracked,
    version_of,
)
from report_actors import save

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.models import AuditEvent


@pytest.fixture
def app(tmp_path):
    return create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'appeals.sqlite3'}",
        "COORDINATORS": {"sandbox-plain": [COORDINATOR]}, "AS_OF": AS_OF,
    })  # fmt: skip


@pytest.fixture
def request_id(client, actors):
    saved = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "Derek Halloran")
    actors.sign_in(client, actors.session(COORDINATOR))
    return saved


def actions(app):
    with session_factory(app)() as db:
        return [event.action for event in db.query(AuditEvent).order_by(AuditEvent.id)]


def test_a_recorded_denial_marks_the_request_denied_and_starts_its_clocks(app, client, request_id):
    before = tracked(app, request_id).version
    response = record_denial(client, request_id)
    assert response.status_code == 302 and response.headers["Location"].endswith("#appeal")
    row = tracked(app, request_id)
    assert row.status == "denied" and row.version == before + 1
    denial = row.denial
    assert (denial["denial_date"], denial["plan_type"], denial["state"]) == ("2026-11-18",
                                                                           "medicaid", "OH")
    # No category picked: CO-50 says medical necessity; N115 is informational.
    assert (denial["category"], denial["category_source"]) == ("medical-necessity", "codes")
    assert [c["code"] for c in denial["code_meanings"]["codes"]] == ["50", "N115"]
    assert "record_denial" in actions(app)
    page = client.get(f"/requests/{request_id}").text
    section = page.split('id="appeal"')[1].split("</section>")[0]
    # Five business days from Wednesday 2026-11-18; AS_OF is Sunday 2026-11-22.
    assert "Request the peer-to-peer review (call UM)</strong> by 2026-11-25" in section
    assert "3 days left" in section and "2027-01-18" in section  # first-level: 60 days
    assert "derived from the EOB codes" in section and "Not verified for this plan" in section


def test_the_coordinators_pick_beats_the_codes(app, client, request_id):
    assert record_denial(client, request_id, codes="CO-50", category="incorrect-cpt",
                         service_code="72148").status_code == 302  # fmt: skip
    denial = tracked(app, request_id).denial
    assert (denial["category"], denial["category_source"]) == ("incorrect-cpt", "coordinator")


@pytest.mark.parametrize(("changes", "message"), [
    ({"state": "Ohio"}, "State must be a two-letter US state code"),
    ({"denial_date": "18/11/2026"}, "Denial date &#39;18/11/2026&#39; is not a date"),
    ({"notice_date": "2026-11-01"}, "Notice date cannot be before denial date."),
    ({"plan_type": ""}, "Plan type must be one of medicaid"),
    ({"reason_text": "  "}, "Enter the payer&#39;s denial reason"),
    ({"codes": "CO-50 CO-11 ZZ9"}, "Pick the category: the codes point to several categories"),
    ({"service_code": "72148-RIGHT"}, "is not a modifier"),
])  # fmt: skip
def test_a_bad_denial_is_refused_with_one_line_and_nothing_is_saved(
    app, client, request_id, changes, message
):
    before = tracked(app, request_id).version
    response = record_denial(client, request_id, **changes)
    assert response.status_code == 400
    error = response.text.split('id="form-error"')[1].split("</p>")[0]
    assert message in error, error
    assert "Save the denial" in response.text  # the form is shown again, filled in
    row = tracked(app, request_id)
    assert (row.status, row.denial, row.version) == ("open", None, before)
    assert "record_denial" not in actions(app)


def test_checking_the_codes_shows_their_meaning_without_saving(app, client, request_id):
    data = {**form_of(client, request_id), **DENIAL, "codes": "CO-50 CO-11 ZZ9", "action": "check"}
    page = client.post(f"/requests/{request_id}/denial", data=data)
    assert page.status_code == 200
    assert "none — pick one" in page.text and "Candidates:" in page.text
    assert "Not recognised:</strong> ZZ9" in page.text
    assert tracked(app, request_id).status == "open"


def test_a_denial_from_a_stale_page_is_refused(app, client, request_id):
    stale = form_of(client, request_id)
    assert record_denial(client, request_id).status_code == 302
    refused = client.post(f"/requests/{request_id}/denial",
                          data={**stale, **DENIAL, "state": "GA", "action": "save"})  # fmt: skip
    assert refused.status_code == 409 and "Someone else changed this request" in refused.text
    assert tracked(app, request_id).denial["state"] == "OH"


def test_clinicians_do_not_record_denials(client, actors, request_id):
    actors.sign_in(client, actors.session(CLINICIAN))
    assert client.get(f"/requests/{request_id}/denial").status_code == 403
    page = client.get(f"/requests/{request_id}")
    refused = client.post(f"/requests/{request_id}/denial/stage",
                          data={"csrf_token": csrf_of(page.text), "version": "1", "stage": "p2p"})
    assert refused.status_code == 403
    assert "Record a denial" not in page.text


def test_choosing_denied_in_the_workflow_opens_the_denial_form(app, client, request_id):
    page = client.get(f"/requests/{request_id}")
    form = {"csrf_token": csrf_of(page.text), "version": version_of(page.text)}
    response = client.post(f"/requests/{request_id}/status", data={**form, "status": "denied"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/requests/{request_id}/denial")
    assert tracked(app, request_id).status == "open"
    record_denial(client, request_id)
    # Once denied, other workflow changes keep the recorded denial.
    page = client.get(f"/requests/{request_id}")
    form = {"csrf_token": csrf_of(page.text), "version": version_of(page.text)}
    client.post(f"/requests/{request_id}/status", data={**form, "status": "denied",
                                                        "comment": "Appeal planned"})
    assert tracked(app, request_id).denial["state"] == "OH"


def stage(client, request_id, **fields):
    page = client.get(f"/requests/{request_id}")
    data = {"csrf_token": csrf_of(page.text), "version": version_of(page.text), **fields}
    return client.post(f"/requests/{request_id}/denial/stage", data=data)


def test_appeal_progress_moves_the_clocks(app, client, request_id):
    record_denial(client, request_id)
    assert stage(client, request_id, stage="p2p").status_code == 302
    section = client.get(f"/requests/{request_id}").text.split('id="appeal"')[1]
    assert "peer-to-peer review (call UM)" not in section.split("</table>")[0]
    assert "File the first-level (clinical) appeal</strong> by 2027-01-18" in section
    refused = stage(client, request_id, stage="first-level")
    assert refused.status_code == 400 and "Enter the date the appeal was filed" in refused.text
    early = stage(client, request_id, stage="first-level", filed_at="2026-11-01")
    assert early.status_code == 400 and "cannot be filed before the denial date" in early.text
    assert stage(client, request_id, stage="first-level", filed_at="2026-11-20",
                 extended="on").status_code == 302  # fmt: skip
    denial = tracked(app, request_id).denial
    assert (denial["stage"], denial["filed_at"], denial["extended"]) == ("first-level",
                                                                        "2026-11-20", True)
    section = client.get(f"/requests/{request_id}").text.split('id="appeal"')[1]
    # Ohio Medicaid pre-service: 30 days from filing + the 14-day extension.
    assert "(extended)" in section and "2027-01-03" in section
    assert [e for e in actions(app) if e == "appeal_progress"] == ["appeal_progress"] * 2


def test_a_claim_denial_records_the_service_date_and_counts_the_claim_appeal_from_it(
    app, client, request_id
):
    # OH MyCare claim appeals: 60 calendar days from the date of service or discharge.
    response = record_denial(client, request_id, plan_type="mycare", review="claim",
                             service_date="2026-10-01")  # fmt: skip
    assert response.status_code == 302
    assert tracked(app, request_id).denial["service_date"] == "2026-10-01"
    section = client.get(f"/requests/{request_id}").text.split('id="appeal"')[1]
    assert "service or discharge 2026-10-01" in section
    assert "File the claim appeal" in section and "2026-11-30" in section
    form = client.get(f"/requests/{request_id}/denial").text
    assert 'name="service_date"' in form and 'value="2026-10-01"' in form
