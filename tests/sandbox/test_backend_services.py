"""SMART Backend Services at the sandbox's token endpoint, over real HTTP.

client_credentials with a private_key_jwt assertion: a good assertion earns a five-minute token
with the registered system/ scopes it asked for (and reads across patients); a bad signature, a
replayed jti, an exp too far ahead, an unregistered jku or a scope outside the registration is
refused with the RFC 6749 error a backend client must handle.
"""

from __future__ import annotations

import time
import uuid

import pytest
import requests
from joserfc import jwt
from joserfc.jwk import RSAKey
from oauth_flow import TestClient as AssertionClient
from oauth_flow import register_client

pytestmark = pytest.mark.sandbox

SCOPES = "system/Patient.rs system/Group.rs system/Condition.rs system/DocumentReference.rs"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


def backend_client(peer, scope: str = SCOPES, **extra):
    return register_client(
        peer, "asymmetric", grant_types=["client_credentials"], scope=scope, **extra
    )


def token_request(peer, client, scope: str, tenant: str = "plain", **claims) -> requests.Response:
    url = f"{peer.origin}/{tenant}/oauth2/token"
    assertion = claims.pop("assertion", None) or client.assertion(url, **claims)
    data = {
        "grant_type": "client_credentials",
        "scope": scope,
        "client_assertion_type": ASSERTION_TYPE,
        "client_assertion": assertion,
    }
    return requests.post(url, data=data, timeout=30)


def test_good_assertion_earns_a_system_token_that_reads_across_patients(sandbox_ehr):
    client = backend_client(sandbox_ehr)
    response = token_request(sandbox_ehr, client, "system/Patient.rs system/Condition.rs")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"].lower() == "bearer"
    assert body["scope"] == "system/Patient.rs system/Condition.rs"
    assert body["expires_in"] == 300
    assert "refresh_token" not in body and "patient" not in body
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    base = sandbox_ehr.base("plain")
    found = requests.get(f"{base}/Patient?_count=5", headers=headers, timeout=30)
    assert found.status_code == 200 and len(found.json()["entry"]) == 5
    # Only what was granted: Observation was not asked for.
    refused = requests.get(f"{sandbox_ehr.base('plain')}/Observation", headers=headers, timeout=30)
    assert refused.status_code == 403


def test_assertion_signed_with_another_key_is_refused(sandbox_ehr):
    client = backend_client(sandbox_ehr)
    other = RSAKey.generate_key(2048, auto_kid=True)
    response = token_request(sandbox_ehr, client, "system/Patient.rs", key=other)
    assert response.status_code in (400, 401)
    assert response.json()["error"] == "invalid_client"


def test_replayed_jti_is_refused(sandbox_ehr):
    client = backend_client(sandbox_ehr)
    url = f"{sandbox_ehr.origin}/plain/oauth2/token"
    assertion = client.assertion(url, jti=uuid.uuid4().hex)
    assert token_request(sandbox_ehr, client, "system/Patient.rs", assertion=assertion).ok
    again = token_request(sandbox_ehr, client, "system/Patient.rs", assertion=assertion)
    assert again.status_code in (400, 401)
    assert again.json()["error"] == "invalid_client"


@pytest.mark.parametrize("exp_offset", [-120, 900], ids=["expired", "over-five-minutes"])
def test_assertion_exp_is_checked(sandbox_ehr, exp_offset):
    client = backend_client(sandbox_ehr)
    response = token_request(
        sandbox_ehr, client, "system/Patient.rs", exp=int(time.time()) + exp_offset
    )
    assert response.status_code in (400, 401)
    assert response.json()["error"] == "invalid_client"


@pytest.mark.parametrize(
    "scope",
    ["system/Immunization.rs", "system/Patient.cruds", "patient/Patient.rs", "launch openid"],
    ids=["unregistered-type", "wider-than-registered", "patient-context", "no-resource-scope"],
)
def test_scope_outside_the_registration_is_refused(sandbox_ehr, scope):
    client = backend_client(sandbox_ehr)
    response = token_request(sandbox_ehr, client, scope)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


def test_unregistered_scopes_are_dropped_from_a_mixed_request(sandbox_ehr):
    client = backend_client(sandbox_ehr)
    response = token_request(sandbox_ehr, client, "system/Patient.rs system/Immunization.rs")
    assert response.status_code == 200
    assert response.json()["scope"] == "system/Patient.rs"


def test_v1_tenant_grants_v1_system_scopes_only(sandbox_ehr):
    client = backend_client(sandbox_ehr)
    response = token_request(
        sandbox_ehr, client, "system/Patient.read system/Condition.rs", tenant="epic-v1"
    )
    assert response.status_code == 200, response.text
    assert response.json()["scope"] == "system/Patient.read"


def test_jku_must_be_the_registered_jwks_url(sandbox_ehr):
    client = backend_client(sandbox_ehr)
    url = f"{sandbox_ehr.origin}/plain/oauth2/token"
    claims = {"iss": client.client_id, "sub": client.client_id, "aud": url,
              "exp": int(time.time()) + 200, "jti": uuid.uuid4().hex}  # fmt: skip
    header = {"alg": "RS384", "kid": client.key.kid, "jku": "http://127.0.0.1:9/evil.json"}
    assertion = jwt.encode(header, claims, client.key, algorithms=["RS384"])
    response = token_request(sandbox_ehr, client, "system/Patient.rs", assertion=assertion)
    assert response.status_code in (400, 401)
    assert response.json()["error"] == "invalid_client"


def test_user_client_cannot_use_client_credentials(sandbox_ehr):
    client = register_client(sandbox_ehr, "asymmetric")  # an authorization-code client
    response = token_request(sandbox_ehr, client, "system/Patient.rs")
    assert response.status_code in (400, 401)
    assert response.json()["error"] == "unauthorized_client"


def test_default_backend_client_reads_the_app_jwks(sandbox_ehr):
    """smartapp-backend (clients.json) checks assertions against the app's published keys (its
    JWKS URL, or the keys an app server of this test run registered): a key the app does not
    publish is refused, whichever of the two the sandbox holds when this test runs."""
    key = RSAKey.generate_key(2048, auto_kid=True)
    client = AssertionClient("smartapp-backend", "asymmetric", key=key)
    response = token_request(sandbox_ehr, client, "system/Patient.rs")
    assert response.status_code in (400, 401)
    assert response.json()["error"] == "invalid_client"
    assert any(word in response.json().get("error_description", "")
               for word in ("jwks_uri", "invalid_key_id"))  # fmt: skip


def test_smart_configuration_advertises_backend_services(sandbox_ehr):
    config = requests.get(
        f"{sandbox_ehr.base('epic')}/.well-known/smart-configuration", timeout=10
    ).json()
    assert "client_credentials" in config["grant_types_supported"]
    assert "private_key_jwt" in config["token_endpoint_auth_methods_supported"]
    assert "system/Patient.rs" in config["scopes_supported"]
