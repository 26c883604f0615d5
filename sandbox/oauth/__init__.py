"""The sandbox's SMART authorization server (authlib), discovery documents and client registry.

``create_sandbox_app`` calls :func:`init_app`; the admin API calls :func:`register_client`;
the FHIR gateway's ``/metadata`` calls :func:`smart_security_extension`.
"""

from __future__ import annotations

from typing import Any

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the OAuth endpoints and discovery routes on ``app`` (skeleton: nothing yet)."""


def register_client(client: dict[str, Any]) -> dict[str, Any]:
    """Register (or replace) an OAuth client from its JSON description; returns it (skeleton)."""
    return dict(client)


def smart_security_extension(tenant: str, origin: str) -> dict[str, Any]:
    """The CapabilityStatement ``rest.security`` block with the SMART ``oauth-uris`` extension."""
    oauth_base = f"{origin}/{tenant}/oauth2"
    return {
        "service": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "code": "SMART-on-FHIR",
                    }
                ]
            }
        ],
        "extension": [
            {
                "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                "extension": [
                    {"url": "authorize", "valueUri": f"{oauth_base}/authorize"},
                    {"url": "token", "valueUri": f"{oauth_base}/token"},
                    {"url": "revoke", "valueUri": f"{oauth_base}/revoke"},
                    {"url": "introspect", "valueUri": f"{oauth_base}/introspect"},
                ],
            }
        ],
    }
