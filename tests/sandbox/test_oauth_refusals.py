"""Every refusal of the sandbox's authorization server, over real HTTP.

Errors about the client or redirect URI must never redirect (RFC 6749 §4.1.2.1); every other
authorize error goes back to the redirect URI with error, error_description and state; token
endpoint errors are JSON with the RFC 6749 §5.2 codes.
"""

from __future__ import annotations

import time

import pytest
import requests
from oauth_flow import (
    REDIRECT_URI,
    Flow,
    first_patient_with_order,
    new_launch,
    pkce_pair,
    query_of,
    register_client,
)

pytestmark = pytest.mark.sandbox

SCOPE = "launch/patient openid fhirUser offline_access patient/Patient.rs"


@pytest.fixture(scope="module")
def patient(sandbox_ehr):
    return first_patient_with_order(sandbox_ehr)[0]


@pytest.fixture
def public_flow(sandbox_ehr):
    return Flow(sandbox_ehr, "plain", register_client(sandbox_ehr, "public"))


def redirected_error(response: requests.Response, flow: Flow) -> dict[str, str]:
    assert response.status_code == 302, response.text[:300]
    location = response.headers["Location"]
    assert location.startswith(REDIRECT_URI)
    params = query_of(location)
    assert params["state"] == flow.state
    assert params.get("error_description")
    assert "code" not in params
    return params


def code_for(flow: Flow, patient: str, **overrides) -> str:
    page = flow.authorize(SCOPE, **overrides)
    return flow.code_from(flow.consent(page, patient=patient))


# --- authorize: no redirect when the client or redirect URI cannot be trusted -----------------


def test_unregistered_redirect_uri_shows_an_error_page_and_never_redirects(public_flow):
    response = public_flow.authorize(SCOPE, redirect_uri="http://127.0.0.1:9/other")
    assert response.status_code == 400
    assert "Location" not in response.headers
    assert "redirect" in response.text.lower()


def test_redirect_uri_must_match_exactly_not_by_prefix(public_flow):
    response = public_flow.authorize(SCOPE, redirect_uri=REDIRECT_URI + "/extra")
    assert response.status_code == 400 and "Location" not in response.headers


def test_unknown_client_shows_an_error_page(public_flow):
    response = public_flow.authorize(SCOPE, client_id="no-such-client")
    assert response.status_code == 400 and "Location" not in response.headers


# --- authorize: errors returned to the app ------------------------------------------------------


def test_missing_pkce_challenge_is_refused(public_flow):
    response = public_flow.authorize(SCOPE, code_challenge=None, code_challenge_method=None)
    assert redirected_error(response, public_flow)["error"] == "invalid_request"


def test_plain_pkce_method_is_refused(public_flow):
    response = public_flow.authorize(
        SCOPE, code_challenge=public_flow.verifier, code_challenge_method="plain"
    )
    assert redirected_error(response, public_flow)["error"] == "invalid_request"


@pytest.mark.parametrize("tenant", ["epic", "cerner"])
def test_aud_is_required_on_epic_and_cerner(sandbox_ehr, tenant):
    flow = Flow(sandbox_ehr, tenant, register_client(sandbox_ehr, "public"))
    assert redirected_error(flow.authorize(SCOPE, aud=None), flow)["error"] == "invalid_request"


def test_aud_naming_another_server_is_refused(sandbox_ehr, public_flow):
    # The classic iss/aud mix-up: the app sends another tenant's base as aud.
    response = public_flow.authorize(SCOPE, aud=sandbox_ehr.base("epic"))
    assert redirected_error(response, public_flow)["error"] == "invalid_request"


def test_malformed_scope_is_invalid_scope(public_flow):
    response = public_flow.authorize("launch/patient patient/Observation.frobnicate")
    assert redirected_error(response, public_flow)["error"] == "invalid_scope"


def test_user_clicking_deny_returns_access_denied(public_flow, patient):
    page = public_flow.authorize(SCOPE)
    response = public_flow.consent(page, decision="deny", patient=patient)
    assert redirected_error(response, public_flow)["error"] == "access_denied"


def test_unknown_launch_id_is_refused(public_flow):
    response = public_flow.authorize("launch openid patient/Patient.read", launch="made-up")
    assert redirected_error(response, public_flow)["error"] == "invalid_request"


def test_launch_scope_without_launch_parameter_is_refused(public_flow):
    response = public_flow.authorize("launch patient/Patient.read")
    assert redirected_error(response, public_flow)["error"] == "invalid_request"


def test_launch_id_is_single_use(sandbox_ehr, public_flow, patient):
    launch = new_launch(sandbox_ehr, "plain", patient)["launch"]
    public_flow.code_from(public_flow.authorize("launch patient/Patient.read", launch=launch))
    again = public_flow.authorize("launch patient/Patient.read", launch=launch)
    assert redirected_error(again, public_flow)["error"] == "invalid_request"


def test_expired_launch_id_is_refused(sandbox_ehr, public_flow, patient):
    launch = new_launch(sandbox_ehr, "plain", patient)["launch"]
    sandbox_ehr.admin("POST", "/_admin/oauth/expire", json={"what": "launches"})
    response = public_flow.authorize("launch patient/Patient.read", launch=launch)
    assert redirected_error(response, public_flow)["error"] == "invalid_request"


def test_launch_id_of_another_tenant_is_refused(sandbox_ehr, public_flow, patient):
    launch = new_launch(sandbox_ehr, "epic", patient)["launch"]
    response = public_flow.authorize("launch patient/Patient.read", launch=launch)
    assert redirected_error(response, public_flow)["error"] == "invalid_request"


# --- token endpoint --------------------------------------------------------------------------


def test_missing_code_verifier_is_refused(public_flow, patient):
    response = public_flow.exchange(code_for(public_flow, patient), verifier=None)
    assert response.status_code == 400 and response.json()["error"] == "invalid_request"


def test_wrong_code_verifier_is_refused(public_flow, patient):
    response = public_flow.exchange(code_for(public_flow, patient), verifier=pkce_pair()[0])
    assert response.status_code == 400 and response.json()["error"] == "invalid_grant"


def test_reused_code_is_refused_and_revokes_the_first_token(sandbox_ehr, public_flow, patient):
    code = code_for(public_flow, patient)
    first = public_flow.exchange(code).json()
    again = public_flow.exchange(code)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    read = requests.get(
        f"{sandbox_ehr.base('plain')}/Patient/{patient}",
        headers={"Authorization": f"Bearer {first['access_token']}"},
        timeout=10,
    )
    assert read.status_code == 401


def test_expired_code_is_refused(sandbox_ehr, public_flow, patient):
    code = code_for(public_flow, patient)
    sandbox_ehr.admin("POST", "/_admin/oauth/expire", json={"what": "codes"})
    response = public_flow.exchange(code)
    assert response.status_code == 400 and response.json()["error"] == "invalid_grant"


def test_code_is_bound_to_the_client_it_was_issued_to(sandbox_ehr, public_flow, patient):
    code = code_for(public_flow, patient)
    thief = Flow(sandbox_ehr, "plain", register_client(sandbox_ehr, "public"))
    thief.verifier = public_flow.verifier
    assert thief.exchange(code).json()["error"] == "invalid_grant"


def test_bad_client_secret_is_invalid_client(sandbox_ehr, patient):
    flow = Flow(sandbox_ehr, "plain", register_client(sandbox_ehr, "symmetric"))
    response = flow.exchange(code_for(flow, patient), secret="not-the-secret")
    assert response.status_code == 401 and response.json()["error"] == "invalid_client"


def test_confidential_client_cannot_act_as_public(sandbox_ehr, patient):
    flow = Flow(sandbox_ehr, "plain", register_client(sandbox_ehr, "symmetric"))
    code = code_for(flow, patient)
    response = requests.post(
        flow.token_url,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT_URI,
            "code_verifier": flow.verifier,
            "client_id": flow.client.client_id,
        },
        timeout=10,
    )
    assert response.json()["error"] == "invalid_client"


@pytest.fixture
def asymmetric_flow(sandbox_ehr):
    return Flow(sandbox_ehr, "plain", register_client(sandbox_ehr, "asymmetric"))


@pytest.mark.parametrize(
    "make_claims",
    [
        pytest.param(lambda now: {"aud": "http://127.0.0.1:9/elsewhere/token"}, id="wrong-aud"),
        pytest.param(lambda now: {"exp": now - 600, "iat": now - 900}, id="expired"),
        pytest.param(lambda now: {"exp": now + 3600}, id="exp-over-5-min"),
        pytest.param(lambda now: {"alg": "RS256"}, id="alg-not-allowed"),
        pytest.param(lambda now: {"iss": "someone-else"}, id="iss-sub-mismatch"),
    ],
)
def test_bad_client_assertion_is_invalid_client(asymmetric_flow, patient, make_claims):
    code = code_for(asymmetric_flow, patient)
    response = asymmetric_flow.exchange(code, **make_claims(int(time.time())))
    assert response.status_code in (400, 401)
    assert response.json()["error"] == "invalid_client"


def test_client_assertion_signed_by_another_key_is_refused(sandbox_ehr, asymmetric_flow, patient):
    impostor = register_client(sandbox_ehr, "asymmetric")
    code = code_for(asymmetric_flow, patient)
    response = asymmetric_flow.exchange(code, key=impostor.key)
    assert response.json()["error"] == "invalid_client"


def test_replayed_client_assertion_jti_is_refused(asymmetric_flow, patient):
    first_code = code_for(asymmetric_flow, patient)
    assertion = asymmetric_flow.client.assertion(asymmetric_flow.token_url)
    replay_form = {
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": assertion,
        "grant_type": "authorization_code",
        "redirect_uri": REDIRECT_URI,
    }
    ok = requests.post(
        asymmetric_flow.token_url,
        data={**replay_form, "code": first_code, "code_verifier": asymmetric_flow.verifier},
        timeout=10,
    )
    assert ok.status_code == 200, ok.text
    second = Flow(asymmetric_flow.peer, "plain", asymmetric_flow.client)
    second_code = code_for(second, patient)
    replay = requests.post(
        second.token_url,
        data={**replay_form, "code": second_code, "code_verifier": second.verifier},
        timeout=10,
    )
    assert replay.json()["error"] == "invalid_client"


def test_unreachable_jwks_uri_is_invalid_client(sandbox_ehr, patient):
    client = register_client(sandbox_ehr, "asymmetric", jwks_uri="http://127.0.0.1:9/jwks.json")
    flow = Flow(sandbox_ehr, "plain", client)
    assert flow.exchange(code_for(flow, patient)).json()["error"] == "invalid_client"


def test_refresh_token_of_another_tenant_is_refused(sandbox_ehr, public_flow, patient):
    token = public_flow.exchange(code_for(public_flow, patient)).json()
    other = Flow(sandbox_ehr, "plain-v1", public_flow.client)
    assert other.refresh(token["refresh_token"]).json()["error"] == "invalid_grant"


def test_bad_client_registration_is_refused_with_a_message(sandbox_ehr):
    response = sandbox_ehr.admin(
        "POST", "/_admin/clients", json={"client_id": "x", "redirect_uris": []}
    )
    assert response.status_code == 400
    assert "redirect_uris" in response.text
