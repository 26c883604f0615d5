"""Every launch failure gets a page a clinician understands — what happened, what to do, a
support reference — and a log line with that reference and no tokens or PHI."""

from __future__ import annotations

import logging
import re
import socket

import pytest
import requests
from app_server import start_live_app, write_registry
from launch_flow import (
    PATIENT_NAME,
    TIMEOUT,
    authorization_response,
    ehr_launch,
    query_of,
    standalone_launch,
)

pytestmark = pytest.mark.sandbox


def assert_clinician_page(page, status, title, caplog, error_class):
    assert page.status_code == status, page.text[:400]
    assert f"<h1>{title}</h1>" in page.text
    assert 'class="error-advice"' in page.text
    reference = re.search(r"Support reference: <code>([0-9a-f]+)</code>", page.text)[1]
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("smartapp")]
    prefix = f"error {error_class} ref={reference} status={status} detail="
    assert any(line.startswith(prefix) for line in lines), lines
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for leak in ("Bearer", "access_token", "refresh_token", PATIENT_NAME, "lmri-complete"):
        assert leak not in "\n".join(lines), leak
    assert "eyJ" not in logged  # no JWT (id_token, assertion) anywhere in the log


def test_access_denied(module_app, caplog):
    caplog.set_level(logging.INFO)
    http = requests.Session()
    picker = http.get(f"{module_app.url}/launch/standalone/sandbox-plain", timeout=TIMEOUT)
    action = re.search(r'<form method="post" action="([^"]+)"', picker.text)[1]
    page = http.post(
        requests.compat.urljoin(picker.url, action.replace("&amp;", "&")),
        data={"decision": "deny"},
        timeout=TIMEOUT,
    )
    assert_clinician_page(page, 403, "Access was not granted", caplog, "AuthorizationDenied")
    assert "Access to the patient" in page.text
    # Issue 20 #13: a standalone launch has no chart to go back to; the advice says so.
    assert "start again from the app&#39;s start page" in page.text.lower()
    assert "from the patient&#39;s chart" not in page.text
    assert "detail=authorize error=access_denied" in caplog.text


def test_invalid_scope(module_app, sandbox_ehr, caplog):
    """The EHR answers the authorize request with error=invalid_scope (RFC 6749 §4.1.2.1)."""
    caplog.set_level(logging.INFO)
    http = requests.Session()
    answer = query_of(authorization_response(module_app.url, sandbox_ehr, "plain", http))
    page = http.get(
        f"{module_app.url}/launch/callback",
        params={"error": "invalid_scope", "state": answer["state"]},
        timeout=TIMEOUT,
    )
    assert_clinician_page(page, 403, "Access was not granted", caplog, "AuthorizationDenied")
    assert "refused the permissions the app needs" in page.text
    assert "from the patient&#39;s chart" in page.text  # an EHR launch: back to the chart
    assert "detail=authorize error=invalid_scope" in caplog.text


def test_invalid_state(module_app, caplog):
    caplog.set_level(logging.INFO)
    page = requests.get(
        f"{module_app.url}/launch/callback", params={"code": "x", "state": "nope"}, timeout=30
    )
    assert_clinician_page(
        page, 400, "The launch expired or was already used", caplog, "LaunchStateError"
    )


def test_expired_state(module_app, sandbox_ehr, caplog):
    import datetime as dt

    from smartapp.db import session_factory
    from smartapp.models import LaunchState

    caplog.set_level(logging.INFO)
    http = requests.Session()
    answer = authorization_response(module_app.url, sandbox_ehr, "plain", http)
    with session_factory(module_app.app)() as db:
        record = db.get(LaunchState, query_of(answer)["state"])
        record.created_at = record.created_at - dt.timedelta(minutes=11)
        db.commit()
    page = http.get(answer, timeout=TIMEOUT)
    assert_clinician_page(
        page, 400, "The launch expired or was already used", caplog, "LaunchStateError"
    )
    assert "took too long" in page.text


def test_token_exchange_failure(live_app, sandbox_ehr, monkeypatch, caplog):
    caplog.set_level(logging.INFO)
    monkeypatch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", "not-the-registered-secret")
    _, page = ehr_launch(live_app.url, sandbox_ehr, "cerner")
    assert_clinician_page(
        page, 502, "The EHR did not complete the sign-in", caplog, "TokenExchangeError"
    )
    # Issue 20 #13: the operator sees the EHR's error code, never the secret.
    assert "detail=OAuthError invalid_client" in caplog.text
    assert "not-the-registered-secret" not in caplog.text


def test_a_refused_standalone_launch_gets_standalone_advice(live_app, sandbox_ehr, monkeypatch,
                                                             caplog):  # fmt: skip
    caplog.set_level(logging.INFO)
    monkeypatch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", "not-the-registered-secret")
    _, page = standalone_launch(live_app.url, "sandbox-cerner")
    assert_clinician_page(
        page, 502, "The EHR did not complete the sign-in", caplog, "TokenExchangeError"
    )
    assert "start again from the app&#39;s start page" in page.text.lower()
    assert "chart" not in page.text.split('class="error-advice"')[1].split("</p>")[0]
    assert "detail=OAuthError invalid_client" in caplog.text


def test_missing_client_secret(live_app, sandbox_ehr, monkeypatch, caplog):
    caplog.set_level(logging.INFO)
    monkeypatch.delenv("SMARTAPP_SANDBOX_CLIENT_SECRET")
    _, page = ehr_launch(live_app.url, sandbox_ehr, "cerner")
    assert_clinician_page(
        page, 502, "The EHR did not complete the sign-in", caplog, "TokenExchangeError"
    )
    assert "client secret named in launch.json" in page.text
    assert "detail=missing env SMARTAPP_SANDBOX_CLIENT_SECRET" in caplog.text


def test_id_token_that_fails_verification(module_app, sandbox_ehr, caplog):
    """The EHR's id_token carries the nonce of the request; a different stored nonce (as in a
    token substituted from another login) is refused."""
    from smartapp.db import session_factory
    from smartapp.models import LaunchState

    caplog.set_level(logging.INFO)
    http = requests.Session()
    answer = authorization_response(module_app.url, sandbox_ehr, "epic", http)
    with session_factory(module_app.app)() as db:
        db.get(LaunchState, query_of(answer)["state"]).nonce = "another-login"
        db.commit()
    page = http.get(answer, timeout=TIMEOUT)
    assert_clinician_page(
        page, 502, "The EHR did not complete the sign-in", caplog, "TokenExchangeError"
    )
    assert "identity token could not be verified" in page.text
    assert http.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 401


def test_no_patient_in_context(module_app, caplog):
    caplog.set_level(logging.INFO)
    _, page = standalone_launch(
        module_app.url, "sandbox-plain", patient=None, untick=("launch/patient",)
    )
    assert_clinician_page(page, 400, "No patient was selected", caplog, "NoPatientContextError")
    assert "patient picker" in page.text  # standalone: pick one at the EHR, not "open a chart"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_ehr_unreachable(sandbox_ehr, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    registry = write_registry(
        tmp_path / "launch.json",
        [
            {
                "id": "down",
                "display_name": "An EHR that is down",
                "iss": f"http://127.0.0.1:{closed_port()}/fhir",
                "client_id": "smartapp-public",
                "client_type": "public",
                "vendor": "other",
            }
        ],
    )
    live = start_live_app(sandbox_ehr, tmp_path, registry=registry)
    try:
        page = requests.get(f"{live.url}/launch/standalone/down", timeout=TIMEOUT)
    finally:
        live.stop()
    assert_clinician_page(page, 400, "The app could not be launched", caplog, "LaunchError")
    assert "could not be reached" in page.text
    assert "Check that the EHR is available" in page.text
