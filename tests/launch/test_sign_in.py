"""Worklist sign-in: a standalone SMART sign-in that asks only who the user is (openid fhirUser),
so a PA coordinator reaches the worklist without opening any patient's chart."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
import requests
from app_server import SHIPPED_SECRET, start_live_app
from launch_flow import TIMEOUT, consent_form

pytestmark = pytest.mark.sandbox
COORDINATOR = "Practitioner/pa-coordinator"


@pytest.fixture
def coordinator_app(sandbox_ehr, tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
    live = start_live_app(sandbox_ehr, tmp_path, COORDINATORS={"sandbox-plain": [COORDINATOR]})
    yield live
    live.stop()


def sign_in(app_url: str, practitioner: str) -> tuple[requests.Session, requests.Response]:
    http = requests.Session()
    start = http.get(f"{app_url}/launch/signin/sandbox-plain", allow_redirects=False,
                     timeout=TIMEOUT)
    scope = parse_qs(urlparse(start.headers["Location"]).query)["scope"][0]
    assert scope.split() == ["openid", "fhirUser", "online_access"]  # no patient data asked for
    consent = http.get(start.headers["Location"], timeout=TIMEOUT)
    assert 'name="patient"' not in consent.text  # no patient picker
    action, fields = consent_form(consent)
    fields["practitioner"] = practitioner.split("/")[1]
    return http, http.post(action, data=fields, timeout=TIMEOUT)


def test_a_coordinator_signs_in_to_the_worklist(coordinator_app):
    http, page = sign_in(coordinator_app.url, COORDINATOR)
    assert page.status_code == 200 and page.url == f"{coordinator_app.url}/worklist"
    assert "Prior-authorization worklist" in page.text
    record = coordinator_app.record(coordinator_app.session_id(http))
    assert record.patient_id is None and record.fhir_user.endswith(COORDINATOR)
    # No patient in the session: the check page sends a coordinator to the worklist.
    assert http.get(f"{coordinator_app.url}/patient", timeout=TIMEOUT).url.endswith("/worklist")


def test_a_clinician_signing_in_sees_their_own_requests(coordinator_app):
    http, page = sign_in(coordinator_app.url, "Practitioner/md-whitfield")
    assert page.status_code == 200 and page.url == f"{coordinator_app.url}/my-requests"
    assert http.get(f"{coordinator_app.url}/worklist", timeout=TIMEOUT).status_code == 403
