"""EHR and standalone launches end to end against the sandbox EHR, and the refusals."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
import requests

pytestmark = pytest.mark.sandbox


def ehr_launch(sandbox, tenant, patient, order=None):
    body = {"tenant": tenant, "patient": patient, "order": order}
    response = sandbox.admin("POST", "launches", body)
    response.raise_for_status()
    return response.json()


@pytest.mark.parametrize("tenant", ["plain", "epic", "cerner", "plain-v1"])
def test_ehr_launch_lands_on_the_patient_banner(sandbox_ehr, live_app, tenant):
    context = ehr_launch(sandbox_ehr, tenant, "lmri-complete", "lmri-complete-order")
    browser = requests.Session()
    page = browser.get(
        f"{live_app.url}/launch",
        params={"iss": context["iss"], "launch": context["launch"]},
        timeout=30,
    )
    assert page.status_code == 200, page.text[:500]
    assert page.url == f"{live_app.url}/patient"
    assert "Marisol Quintero" in page.text
    assert "ServiceRequest/lmri-complete-order" in page.text
    # The cookie carries an opaque id only: no token in it.
    cookie = browser.cookies.get("session")
    assert cookie and "access_token" not in cookie


def test_authorize_request_uses_pkce_aud_and_v1_fallback(sandbox_ehr, live_app):
    context = ehr_launch(sandbox_ehr, "plain-v1", "lmri-complete")
    response = requests.get(
        f"{live_app.url}/launch",
        params={"iss": context["iss"], "launch": context["launch"]},
        allow_redirects=False,
        timeout=30,
    )
    query = parse_qs(urlparse(response.headers["Location"]).query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["aud"] == [context["iss"]]
    assert "patient/Condition.read" in query["scope"][0].split()
    context = ehr_launch(sandbox_ehr, "plain", "lmri-complete")
    response = requests.get(
        f"{live_app.url}/launch",
        params={"iss": context["iss"], "launch": context["launch"]},
        allow_redirects=False,
        timeout=30,
    )
    assert (
        "patient/Condition.rs"
        in parse_qs(urlparse(response.headers["Location"]).query)["scope"][0].split()
    )


def test_standalone_launch_with_patient_picker(sandbox_ehr, live_app):
    browser = requests.Session()
    picker = browser.get(f"{live_app.url}/launch/standalone/sandbox-plain", timeout=30)
    assert picker.status_code == 200 and "<form" in picker.text
    action = re.search(r'<form[^>]*action="([^"]+)"', picker.text)[1].replace("&amp;", "&")
    practitioner = re.search(
        r'name="practitioner"[^>]*>.*?<option value="([^"]+)"', picker.text, re.S
    )[1]
    scopes = re.findall(r'name="granted_scope" value="([^"]+)"', picker.text)
    page = browser.post(
        requests.compat.urljoin(picker.url, action),
        data={
            "decision": "allow",
            "practitioner": practitioner,
            "patient": "tka-complete",
            "granted_scope": scopes,
        },
        timeout=30,
    )
    assert page.url == f"{live_app.url}/patient", page.text[:300]
    assert "Loretta Pembrook" in page.text


def test_unlisted_iss_is_refused_without_contacting_it(live_app, sandbox_ehr):
    before = len(sandbox_ehr.admin("GET", "requests").json())
    response = requests.get(
        f"{live_app.url}/launch",
        params={"iss": "https://evil.example/fhir", "launch": "x"},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 403
    assert "list of trusted EHRs" in response.text
    assert "Location" not in response.headers
    assert len(sandbox_ehr.admin("GET", "requests").json()) == before


@pytest.mark.parametrize("state", [None, "forged-state"])
def test_forged_or_missing_state_is_refused(live_app, state):
    params = {"code": "abc"} | ({"state": state} if state else {})
    response = requests.get(f"{live_app.url}/launch/callback", params=params, timeout=30)
    assert response.status_code == 400
    assert "does not match a launch in progress" in response.text
    assert "Support reference" in response.text


def test_replayed_state_and_code_are_refused(sandbox_ehr, live_app):
    context = ehr_launch(sandbox_ehr, "plain", "lmri-complete")
    browser = requests.Session()
    first = browser.get(
        f"{live_app.url}/launch",
        params={"iss": context["iss"], "launch": context["launch"]},
        allow_redirects=False,
        timeout=30,
    )
    callback = browser.get(first.headers["Location"], allow_redirects=False, timeout=30)
    callback_url = callback.headers["Location"]
    assert browser.get(callback_url, allow_redirects=False, timeout=30).status_code == 302
    replay = browser.get(callback_url, allow_redirects=False, timeout=30)
    assert replay.status_code == 400


def test_user_denial_gets_a_clear_page(sandbox_ehr, live_app):
    browser = requests.Session()
    picker = browser.get(f"{live_app.url}/launch/standalone/sandbox-plain", timeout=30)
    action = re.search(r'<form[^>]*action="([^"]+)"', picker.text)[1].replace("&amp;", "&")
    page = browser.post(
        requests.compat.urljoin(picker.url, action), data={"decision": "deny"}, timeout=30
    )
    assert page.status_code == 403
    assert "Access to the patient" in page.text


def test_patient_page_without_a_launch_says_relaunch(live_app):
    response = requests.get(f"{live_app.url}/patient", timeout=30)
    assert response.status_code == 401
    assert "Relaunch the app from the EHR" in response.text
