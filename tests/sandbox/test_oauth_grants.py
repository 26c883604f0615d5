"""Every successful grant path of the sandbox's authorization server, over real HTTP.

EHR launch and standalone launch, each with a public, a client_secret_basic and a private_key_jwt
client (RS384 and ES384); the id_token; scopes the user unticks or the tenant withholds; refresh
rotation; revocation and introspection; and the FHIR gateway honouring what was granted.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from joserfc import jwt
from joserfc.jwk import KeySet
from oauth_flow import Flow, first_patient_with_order, new_launch, register_client

pytestmark = pytest.mark.sandbox

STANDALONE_SCOPE = (
    "launch/patient openid fhirUser offline_access patient/Patient.rs patient/Observation.rs"
)
EHR_SCOPE = "launch openid fhirUser online_access patient/Patient.read patient/ServiceRequest.read"
CLIENT_KINDS = [
    ("public", {}),
    ("symmetric", {}),
    ("asymmetric", {}),
    ("asymmetric", {"alg": "ES384"}),
]
KIND_IDS = ["public", "symmetric", "asymmetric-RS384", "asymmetric-ES384"]


@pytest.fixture(scope="module")
def chart(sandbox_ehr):
    """(patient id, ServiceRequest id) of a seeded scenario patient."""
    return first_patient_with_order(sandbox_ehr)


def decode_id_token(peer, tenant: str, id_token: str) -> dict:
    keys = requests.get(f"{peer.origin}/{tenant}/oauth2/jwks", timeout=10).json()
    return jwt.decode(id_token, KeySet.import_key_set(keys), algorithms=["RS256"]).claims


def fhir_get(peer, tenant: str, path: str, token: str) -> requests.Response:
    return requests.get(
        f"{peer.base(tenant)}/{path}",
        headers={"Authorization": f"Bearer {token}", "Accept": "application/fhir+json"},
        timeout=30,
    )


@pytest.mark.parametrize(("kind", "extra"), CLIENT_KINDS, ids=KIND_IDS)
def test_standalone_launch_picks_patient_and_issues_tokens(sandbox_ehr, chart, kind, extra):
    patient, _ = chart
    client = register_client(sandbox_ehr, kind, **dict(extra))
    flow = Flow(sandbox_ehr, "plain", client)
    page = flow.authorize(STANDALONE_SCOPE, nonce="n-123")
    assert page.status_code == 200 and "<form" in page.text
    code = flow.code_from(flow.consent(page, patient=patient))

    response = flow.exchange(code)
    assert response.status_code == 200, response.text
    assert response.headers["Cache-Control"] == "no-store"
    token = response.json()
    assert token["token_type"] == "Bearer"
    assert token["expires_in"] == 3600
    assert set(token["scope"].split()) == set(STANDALONE_SCOPE.split())
    assert token["patient"] == patient
    assert token["need_patient_banner"] is True
    assert token["smart_style_url"] == f"{sandbox_ehr.origin}/plain/smart-style.json"
    assert token["refresh_token"]

    claims = decode_id_token(sandbox_ehr, "plain", token["id_token"])
    assert claims["iss"] == sandbox_ehr.base("plain")
    assert claims["aud"] == client.client_id
    assert claims["nonce"] == "n-123"
    assert claims["fhirUser"].startswith(f"{sandbox_ehr.base('plain')}/Practitioner/")
    assert claims["sub"] and claims["exp"] > claims["iat"]

    read = fhir_get(sandbox_ehr, "plain", f"Patient/{patient}", token["access_token"])
    assert read.status_code == 200
    assert read.json()["id"] == patient


@pytest.mark.parametrize(("kind", "extra"), CLIENT_KINDS, ids=KIND_IDS)
def test_ehr_launch_carries_patient_encounter_and_order_context(sandbox_ehr, chart, kind, extra):
    patient, order = chart
    client = register_client(sandbox_ehr, kind, **dict(extra))
    launch = new_launch(sandbox_ehr, "epic", patient, order)
    assert launch["iss"] == sandbox_ehr.base("epic")
    flow = Flow(sandbox_ehr, "epic", client)
    # The clinician is already signed in to the EHR: no consent page, straight back to the app.
    code = flow.code_from(flow.authorize(EHR_SCOPE, launch=launch["launch"]))

    token = flow.exchange(code).json()
    assert token["patient"] == patient
    assert token["fhirContext"] == [{"reference": f"ServiceRequest/{order}"}]
    assert token.get("encounter") == launch["encounter"]
    assert token["refresh_token"], "online_access earns a refresh token"
    claims = decode_id_token(sandbox_ehr, "epic", token["id_token"])
    assert claims["fhirUser"] == f"{sandbox_ehr.base('epic')}/{launch['fhirUser']}"
    read = fhir_get(sandbox_ehr, "epic", f"ServiceRequest/{order}", token["access_token"])
    assert read.status_code == 200


def test_user_can_untick_scopes_and_gets_fewer(sandbox_ehr, chart):
    client = register_client(sandbox_ehr, "public")
    flow = Flow(sandbox_ehr, "plain", client)
    page = flow.authorize(STANDALONE_SCOPE)
    code = flow.code_from(
        flow.consent(page, patient=chart[0], untick=("patient/Observation.rs", "offline_access"))
    )
    token = flow.exchange(code).json()
    assert "patient/Observation.rs" not in token["scope"].split()
    assert "refresh_token" not in token
    search = f"Observation?patient={chart[0]}"
    denied = fhir_get(sandbox_ehr, "plain", search, token["access_token"])
    assert denied.status_code == 403


def test_v1_tenant_drops_v2_scopes_from_the_grant(sandbox_ehr, chart):
    client = register_client(sandbox_ehr, "public")
    flow = Flow(sandbox_ehr, "plain-v1", client)
    page = flow.authorize("launch/patient patient/Patient.read patient/Observation.rs")
    token = flow.exchange(flow.code_from(flow.consent(page, patient=chart[0]))).json()
    assert token["scope"].split() == ["launch/patient", "patient/Patient.read"]


def test_cerner_policy_withholds_wildcards_and_coverage(sandbox_ehr, chart):
    client = register_client(sandbox_ehr, "public")
    flow = Flow(sandbox_ehr, "cerner", client)
    scope = "launch/patient patient/*.read patient/Coverage.read patient/Condition.read"
    page = flow.authorize(scope)
    token = flow.exchange(flow.code_from(flow.consent(page, patient=chart[0]))).json()
    assert token["scope"].split() == ["launch/patient", "patient/Condition.read"]
    assert token["expires_in"] == 570


def _granted(sandbox_ehr, chart, kind="public", scope=STANDALONE_SCOPE):
    client = register_client(sandbox_ehr, kind)
    flow = Flow(sandbox_ehr, "plain", client)
    page = flow.authorize(scope)
    return flow, flow.exchange(flow.code_from(flow.consent(page, patient=chart[0]))).json()


@pytest.mark.parametrize("kind", ["public", "symmetric", "asymmetric"])
def test_refresh_rotates_the_refresh_token_and_keeps_context(sandbox_ehr, chart, kind):
    flow, first = _granted(sandbox_ehr, chart, kind)
    second = flow.refresh(first["refresh_token"])
    assert second.status_code == 200, second.text
    renewed = second.json()
    assert renewed["refresh_token"] != first["refresh_token"]
    assert renewed["access_token"] != first["access_token"]
    assert renewed["patient"] == chart[0]
    assert renewed["scope"] == first["scope"]
    replay = flow.refresh(first["refresh_token"])
    assert replay.status_code == 400 and replay.json()["error"] == "invalid_grant"
    assert fhir_get(sandbox_ehr, "plain", f"Patient/{chart[0]}", renewed["access_token"]).ok


def test_refresh_may_narrow_but_never_widen_the_grant(sandbox_ehr, chart):
    flow, first = _granted(sandbox_ehr, chart)
    wider = flow.refresh(first["refresh_token"], scope=first["scope"] + " patient/Condition.rs")
    assert wider.status_code == 400 and wider.json()["error"] == "invalid_scope"
    narrow = flow.refresh(first["refresh_token"], scope="launch/patient offline_access")
    assert narrow.status_code == 200
    assert narrow.json()["scope"] == "launch/patient offline_access"


def test_expired_access_token_gets_401_and_refresh_recovers(sandbox_ehr, chart):
    flow, token = _granted(sandbox_ehr, chart)
    assert fhir_get(sandbox_ehr, "plain", f"Patient/{chart[0]}", token["access_token"]).ok
    sandbox_ehr.admin("POST", "/_admin/tokens/expire", json={"tenant": "plain"})
    expired = fhir_get(sandbox_ehr, "plain", f"Patient/{chart[0]}", token["access_token"])
    assert expired.status_code == 401
    assert expired.json()["resourceType"] == "OperationOutcome"
    renewed = flow.refresh(token["refresh_token"]).json()
    assert fhir_get(sandbox_ehr, "plain", f"Patient/{chart[0]}", renewed["access_token"]).ok


@pytest.mark.parametrize("kind", ["public", "symmetric", "asymmetric"])
def test_revocation_ends_the_grant_and_introspection_reports_it(sandbox_ehr, chart, kind):
    flow, token = _granted(sandbox_ehr, chart, kind)
    active = flow.endpoint("introspect", token["access_token"]).json()
    assert active["active"] is True
    assert active["patient"] == chart[0]
    assert active["client_id"] == flow.client.client_id
    assert flow.endpoint("revoke", token["access_token"]).status_code == 200
    assert flow.endpoint("introspect", token["access_token"]).json() == {"active": False}
    gone = fhir_get(sandbox_ehr, "plain", f"Patient/{chart[0]}", token["access_token"])
    assert gone.status_code == 401
    assert flow.refresh(token["refresh_token"]).json()["error"] == "invalid_grant"


class _JwksHandler(BaseHTTPRequestHandler):
    body = b"{}"

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):  # keep test output quiet
        pass


def test_asymmetric_client_keys_fetched_from_jwks_uri(sandbox_ehr, chart):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _JwksHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        jwks_uri = f"http://127.0.0.1:{server.server_port}/.well-known/jwks.json"
        client = register_client(sandbox_ehr, "asymmetric", jwks_uri=jwks_uri)
        _JwksHandler.body = json.dumps({"keys": [client.key.as_dict(private=False)]}).encode()
        flow = Flow(sandbox_ehr, "plain", client)
        page = flow.authorize(STANDALONE_SCOPE)
        response = flow.exchange(flow.code_from(flow.consent(page, patient=chart[0])))
        assert response.status_code == 200, response.text
    finally:
        server.shutdown()
        server.server_close()
