"""SMART Backend Services: the client_credentials request carries a private_key_jwt assertion
the EHR can verify with the app's published key; the token is reused until it nears expiry; a
refusal becomes BackendAuthError; the backend block is validated like the rest of launch.json."""

from __future__ import annotations

import pytest
import responses
from joserfc import jwt
from joserfc.jwk import KeySet
from population_helpers import BASE, ENTRY, TOKEN_URL, app_with, token_endpoint

from smartapp.errors import BackendAuthError, ConfigError
from smartapp.launch.registry import parse_registry
from smartapp.population.auth import backend_client, backend_tokens


def test_token_request_is_client_credentials_with_a_verifiable_assertion(tmp_path):
    app = app_with(tmp_path)
    seen: list[dict] = []
    with responses.RequestsMock() as mocked:
        token_endpoint(mocked, seen=seen)
        tokens = backend_tokens(app, "ehr")
        assert tokens.access_token() == "token-1"
        assert tokens.refresh() == "token-2"
    form = seen[0]
    assert form["grant_type"] == "client_credentials"
    assert form["scope"] == "system/Patient.rs system/ServiceRequest.rs system/Condition.rs"
    assert form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    assert "client_secret" not in form
    # The EHR verifies the assertion with the key the app publishes at its JWKS URL.
    published = app.test_client().get("/.well-known/jwks.json").get_json()
    token = jwt.decode(form["client_assertion"], KeySet.import_key_set(published),
                       algorithms=["RS384"])  # fmt: skip
    claims = token.claims
    assert claims["iss"] == claims["sub"] == "app-backend"
    assert claims["aud"] == TOKEN_URL
    assert 0 < claims["exp"] - claims["iat"] <= 300
    assert token.header["kid"] and token.header["typ"] == "JWT"
    assert claims["jti"] != jwt.decode(seen[1]["client_assertion"], KeySet.import_key_set(
        published), algorithms=["RS384"]).claims["jti"], "every assertion has its own jti"


def test_token_is_cached_until_it_nears_expiry(tmp_path):
    app = app_with(tmp_path)
    with responses.RequestsMock() as mocked:
        token_endpoint(mocked, lifetime=3600)
        tokens = backend_tokens(app, "ehr")
        assert [tokens.access_token() for _ in range(3)] == ["token-1"] * 3
        assert len(mocked.calls) == 1
    with responses.RequestsMock() as mocked:
        token_endpoint(mocked, lifetime=3600)
        tokens._expires -= 3600 - 30  # 30 s left: under the refresh margin
        assert tokens.access_token() == "token-1"  # the new endpoint's first token
        assert len(mocked.calls) == 1


def test_refused_assertion_is_a_backend_auth_error(tmp_path):
    app = app_with(tmp_path)
    with responses.RequestsMock() as mocked:
        mocked.add("POST", TOKEN_URL, status=400, json={"error": "invalid_client"})
        with pytest.raises(BackendAuthError) as raised:
            backend_tokens(app, "ehr").access_token()
    assert "invalid_client" in raised.value.detail


def test_a_401_on_a_fhir_read_fetches_a_new_token_once(tmp_path):
    app = app_with(tmp_path)
    with responses.RequestsMock() as mocked:
        token_endpoint(mocked)
        mocked.add("GET", f"{BASE}/Patient/p1", status=401)
        mocked.add("GET", f"{BASE}/Patient/p1", json={"resourceType": "Patient", "id": "p1"})
        assert backend_client(app, "ehr").get_json("Patient/p1")["id"] == "p1"
        auth = [c.request.headers.get("Authorization") for c in mocked.calls
                if c.request.url.startswith(BASE)]  # fmt: skip
    assert auth == ["Bearer token-1", "Bearer token-2"]


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"scopes": ["patient/Patient.rs"]}, "system/ scopes"),
        ({"scopes": []}, "system/ scopes"),
        ({"client_id": ""}, "'client_id'"),
        ({"private_key": "x"}, "has 'private_key'"),
        ({"group_id": "Group/1"}, "'backend.group_id'"),
        ({"token_endpoint": "http://ehr.example/token"}, "'backend.token_endpoint'"),
        ({"jwt_alg": "HS256"}, "'backend.jwt_alg'"),
    ],
)
def test_backend_block_is_validated(change, named):
    entry = {**ENTRY, "backend": {**ENTRY["backend"], **change}}
    with pytest.raises(ConfigError, match=named):
        parse_registry({"servers": [entry]}, "http://127.0.0.1:9090")


def test_an_entry_without_backend_block_cannot_run_population(tmp_path):
    entry = {k: v for k, v in ENTRY.items() if k != "backend"}
    app = app_with(tmp_path, entry)
    with pytest.raises(ConfigError, match="no 'backend' block"):
        backend_tokens(app, "ehr")
