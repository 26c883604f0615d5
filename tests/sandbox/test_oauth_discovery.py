"""SMART discovery over real HTTP: smart-configuration per tenant, JWKS, CapabilityStatement."""

from __future__ import annotations

import pytest
import requests

from sandbox.tenants import TENANTS

pytestmark = pytest.mark.sandbox

REQUIRED_CAPABILITIES = {
    "launch-ehr",
    "launch-standalone",
    "client-public",
    "client-confidential-symmetric",
    "client-confidential-asymmetric",
    "context-ehr-patient",
    "context-ehr-encounter",
    "context-standalone-patient",
    "sso-openid-connect",
    "permission-offline",
    "permission-online",
    "permission-patient",
    "permission-user",
    "permission-v1",
}


@pytest.mark.parametrize("tenant", sorted(TENANTS))
def test_smart_configuration_names_every_endpoint_of_the_tenant(sandbox_ehr, tenant):
    url = f"{sandbox_ehr.base(tenant)}/.well-known/smart-configuration"
    response = requests.get(url, timeout=10)
    assert response.status_code == 200
    config = response.json()
    oauth = f"{sandbox_ehr.origin}/{tenant}/oauth2"
    assert config["issuer"] == sandbox_ehr.base(tenant)
    assert config["authorization_endpoint"] == f"{oauth}/authorize"
    assert config["token_endpoint"] == f"{oauth}/token"
    assert config["revocation_endpoint"] == f"{oauth}/revoke"
    assert config["introspection_endpoint"] == f"{oauth}/introspect"
    assert config["jwks_uri"] == f"{oauth}/jwks"
    assert config["code_challenge_methods_supported"] == ["S256"]
    assert set(config["token_endpoint_auth_methods_supported"]) == {
        "client_secret_basic",
        "private_key_jwt",
    }
    assert set(config["token_endpoint_auth_signing_alg_values_supported"]) == {"RS384", "ES384"}
    assert set(config["grant_types_supported"]) == {
        "authorization_code",
        "refresh_token",
        "client_credentials",
    }
    assert config["response_types_supported"] == ["code"]
    assert REQUIRED_CAPABILITIES <= set(config["capabilities"])
    # v1-only twins behave like older Epic / Oracle Health releases.
    assert ("permission-v2" in config["capabilities"]) == TENANTS[tenant].supports_v2
    has_v2_example = any(scope.endswith(".rs") for scope in config["scopes_supported"])
    assert has_v2_example == TENANTS[tenant].supports_v2


def test_unknown_tenant_has_no_smart_configuration(sandbox_ehr):
    url = f"{sandbox_ehr.origin}/nosuch/fhir/.well-known/smart-configuration"
    assert requests.get(url, timeout=10).status_code == 404


def test_jwks_publishes_one_rs256_signing_key(sandbox_ehr):
    keys = requests.get(f"{sandbox_ehr.origin}/plain/oauth2/jwks", timeout=10).json()["keys"]
    assert len(keys) == 1
    assert keys[0]["kty"] == "RSA" and keys[0]["alg"] == "RS256" and keys[0]["use"] == "sig"
    assert "d" not in keys[0], "the private exponent must never be published"


def test_capability_statement_carries_the_oauth_uris_extension(sandbox_ehr):
    response = requests.get(
        f"{sandbox_ehr.base('epic')}/metadata",
        headers={"Accept": "application/fhir+json"},
        timeout=10,
    )
    assert response.status_code == 200
    security = response.json()["rest"][0]["security"]
    oauth_uris = next(
        ext
        for ext in security["extension"]
        if ext["url"].endswith("StructureDefinition/oauth-uris")
    )
    uris = {item["url"]: item["valueUri"] for item in oauth_uris["extension"]}
    assert uris["authorize"] == f"{sandbox_ehr.origin}/epic/oauth2/authorize"
    assert uris["token"] == f"{sandbox_ehr.origin}/epic/oauth2/token"


def test_smart_style_document_is_served(sandbox_ehr):
    style = requests.get(f"{sandbox_ehr.origin}/plain/smart-style.json", timeout=10).json()
    assert style["color_background"].startswith("#")
