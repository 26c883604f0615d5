"""SMART discovery: ``.well-known/smart-configuration`` and the CapabilityStatement security block.

Follows SMART App Launch 2.x ("Conformance"): every endpoint, the client authentication methods,
PKCE S256 only, and a capability list. ``-v1`` tenants advertise ``permission-v1`` only, like
older Epic / Oracle Health releases.
"""

from __future__ import annotations

from typing import Any

from sandbox.oauth.scope_policy import CONTEXT_SCOPES
from sandbox.oauth.server import ASSERTION_ALGORITHMS
from sandbox.oauth.state import fhir_base, oauth_url
from sandbox.tenants import Tenant

BASE_CAPABILITIES = (
    "launch-ehr",
    "launch-standalone",
    "client-public",
    "client-confidential-symmetric",
    "client-confidential-asymmetric",
    "context-ehr-patient",
    "context-ehr-encounter",
    "context-standalone-patient",
    "context-banner",
    "context-style",
    "sso-openid-connect",
    "permission-offline",
    "permission-online",
    "permission-patient",
    "permission-user",
    "permission-v1",
)
#: Resource types offered in ``scopes_supported`` examples (the server accepts any type).
ADVERTISED_TYPES = (
    "Patient",
    "Condition",
    "Observation",
    "Procedure",
    "MedicationRequest",
    "ServiceRequest",
    "DocumentReference",
    "Binary",
    "Coverage",
    "Encounter",
    "Practitioner",
    "PractitionerRole",
)


def capabilities(tenant: Tenant) -> list[str]:
    """The SMART capabilities this tenant advertises."""
    caps = list(BASE_CAPABILITIES)
    if tenant.supports_v2:
        caps.append("permission-v2")
    return caps


def scopes_supported(tenant: Tenant) -> list[str]:
    """Example scopes (context scopes, then read scopes in each advertised syntax)."""
    scopes = sorted(CONTEXT_SCOPES)
    for resource_type in ADVERTISED_TYPES:
        scopes.append(f"patient/{resource_type}.read")
        if tenant.supports_v2:
            scopes.append(f"patient/{resource_type}.rs")
    # SMART Backend Services (client_credentials): system/ scopes for registered backend clients.
    syntax = ".rs" if tenant.supports_v2 else ".read"
    scopes += [f"system/{kind}{syntax}" for kind in (*ADVERTISED_TYPES, "Group")]
    return scopes


def smart_configuration(tenant: Tenant, origin: str) -> dict[str, Any]:
    """The ``/<tenant>/fhir/.well-known/smart-configuration`` document."""
    return {
        "issuer": fhir_base(tenant.name, origin),
        "jwks_uri": oauth_url(tenant.name, "jwks", origin),
        "authorization_endpoint": oauth_url(tenant.name, "authorize", origin),
        "token_endpoint": oauth_url(tenant.name, "token", origin),
        "revocation_endpoint": oauth_url(tenant.name, "revoke", origin),
        "introspection_endpoint": oauth_url(tenant.name, "introspect", origin),
        "token_endpoint_auth_methods_supported": [
            "client_secret_basic",
            "private_key_jwt",
        ],
        "token_endpoint_auth_signing_alg_values_supported": list(ASSERTION_ALGORITHMS),
        "grant_types_supported": ["authorization_code", "refresh_token", "client_credentials"],
        "response_types_supported": ["code"],
        "scopes_supported": scopes_supported(tenant),
        "code_challenge_methods_supported": ["S256"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "capabilities": capabilities(tenant),
    }


def security_extension(tenant_name: str, origin: str) -> dict[str, Any]:
    """CapabilityStatement ``rest[0].security`` with the SMART ``oauth-uris`` extension."""
    return {
        "service": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "code": "SMART-on-FHIR",
                    }
                ],
                "text": "OAuth2 using SMART-on-FHIR profile (see http://docs.smarthealthit.org)",
            }
        ],
        "extension": [
            {
                "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                "extension": [
                    {"url": "authorize", "valueUri": oauth_url(tenant_name, "authorize", origin)},
                    {"url": "token", "valueUri": oauth_url(tenant_name, "token", origin)},
                    {"url": "revoke", "valueUri": oauth_url(tenant_name, "revoke", origin)},
                    {"url": "introspect", "valueUri": oauth_url(tenant_name, "introspect", origin)},
                ],
            }
        ],
    }
