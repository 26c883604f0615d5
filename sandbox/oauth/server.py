"""One authlib AuthorizationServer per tenant, with the sandbox's client authentication methods.

Each tenant gets its own server because token lifetime, ``aud``, the assertion audience and the
id_token issuer are per tenant. Clients are shared: one registry serves every tenant.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from authlib.common.security import generate_token
from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import InvalidClientError
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7523 import JWTBearerClientAssertion
from authlib.oauth2.rfc7662 import IntrospectionEndpoint
from joserfc import jwt
from joserfc.errors import JoseError

from sandbox.oauth.backend import SmartClientCredentialsGrant
from sandbox.oauth.clients import SandboxClient
from sandbox.oauth.grants import (
    CLIENT_AUTH_METHODS,
    S256CodeChallenge,
    SmartAuthorizationCodeGrant,
    SmartOpenIDCode,
    SmartRefreshTokenGrant,
    StoredToken,
    smart_extension,
)
from sandbox.oauth.keys import client_key_set
from sandbox.oauth.scope_policy import wants_refresh_token
from sandbox.oauth.state import fhir_base, oauth_state, oauth_url, token_store
from sandbox.tenants import Tenant

log = logging.getLogger(__name__)

#: SMART "asymmetric client authentication": RS384 and ES384 are the algorithms servers support.
ASSERTION_ALGORITHMS = ("RS384", "ES384")
#: SMART: the assertion's exp SHALL be no more than five minutes in the future.
ASSERTION_MAX_SECONDS = 300


class PrivateKeyJwtAssertion(JWTBearerClientAssertion):
    """private_key_jwt: iss = sub = client_id, aud = token endpoint, single-use jti, exp ≤ 5 min."""

    CLIENT_AUTH_METHOD = "private_key_jwt"

    def __init__(self, tenant_name: str) -> None:
        super().__init__(validate_jti=True, leeway=30)
        self.tenant_name = tenant_name
        self._seen = threading.local()  # the header of the assertion being checked

    def get_audiences(self) -> list[str]:
        return [oauth_url(self.tenant_name, "token")]

    def extract_assertion(self, assertion: str) -> tuple[dict[str, Any], dict[str, Any]]:
        headers, claims = super().extract_assertion(assertion)
        self._seen.headers = headers
        return headers, claims

    def resolve_client_public_key(self, client: SandboxClient) -> Any:
        # SMART Backend Services: a ``jku`` header must name the client's registered JWKS URL
        # (a server never fetches keys from a URL the assertion alone chose).
        jku = (getattr(self._seen, "headers", None) or {}).get("jku")
        if jku is not None and jku != client.jwks_uri:
            raise InvalidClientError(description="The assertion's jku is not registered.")
        return client_key_set(client)

    def process_assertion_claims(self, assertion: str, resolve_key: Any) -> dict[str, Any]:
        try:
            # joserfc only allows its "recommended" algorithms unless told; name ours explicitly.
            token = jwt.decode(assertion, resolve_key, algorithms=list(ASSERTION_ALGORITHMS))
        except JoseError as exc:
            raise InvalidClientError(
                description=f"Client assertion rejected ({exc.error})."
            ) from exc
        claims = token.claims
        exp = claims.get("exp")
        too_far = time.time() + ASSERTION_MAX_SECONDS + self.leeway
        if isinstance(exp, (int, float)) and exp > too_far:
            raise InvalidClientError(description="Client assertion exp is over 5 minutes ahead.")
        self.verify_claims(claims)
        return claims

    def validate_jti(self, claims: dict[str, Any], jti: str) -> bool:
        return oauth_state().jti.first_use(f"{claims['iss']}|{jti}", float(claims["exp"]))


def _find_token(value: str, hint: str | None, tenant: str) -> StoredToken | None:
    store = token_store()
    found: StoredToken | None = None
    if hint != "refresh_token" and (grant := store.find_access(value)):
        found = StoredToken(value, grant, is_refresh=False)
    elif grant := store.find_refresh(value):
        found = StoredToken(value, grant, is_refresh=True)
    elif hint == "refresh_token" and (grant := store.find_access(value)):
        found = StoredToken(value, grant, is_refresh=False)
    return found if found and found.grant.tenant == tenant else None


class SmartRevocationEndpoint(RevocationEndpoint):
    """RFC 7009 revocation: revoking either token of a grant ends the grant."""

    CLIENT_AUTH_METHODS = CLIENT_AUTH_METHODS

    def query_token(self, token_string: str, token_type_hint: str | None) -> StoredToken | None:
        return _find_token(token_string, token_type_hint, self.server.tenant.name)

    def revoke_token(self, token: StoredToken, request: Any) -> None:
        token_store().revoke(token.value)


class SmartIntrospectionEndpoint(IntrospectionEndpoint):
    """RFC 7662 introspection with the SMART fields (scope, patient, fhirUser)."""

    CLIENT_AUTH_METHODS = CLIENT_AUTH_METHODS

    def query_token(self, token_string: str, token_type_hint: str | None) -> StoredToken | None:
        return _find_token(token_string, token_type_hint, self.server.tenant.name)

    def check_permission(self, token: StoredToken, client: SandboxClient, request: Any) -> bool:
        return token.check_client(client)

    def introspect_token(self, token: StoredToken) -> dict[str, Any]:
        grant = token.grant
        base = fhir_base(self.server.tenant.name)
        payload: dict[str, Any] = {
            "active": True,
            "scope": grant.scope,
            "client_id": grant.client_id,
            "token_type": "refresh_token" if token.is_refresh else "Bearer",
            "iss": base,
            "iat": int(grant.issued_at),
        }
        if not token.is_refresh:
            payload["exp"] = int(grant.expires_at)
        if grant.patient:
            payload["patient"] = grant.patient
        if grant.fhir_user:
            payload["fhirUser"] = f"{base}/{grant.fhir_user}"
            payload["sub"] = grant.fhir_user.replace("/", "-")
        return payload


class SmartAuthorizationServer(AuthorizationServer):
    """authlib's Flask AuthorizationServer bound to one tenant."""

    def __init__(self, tenant: Tenant) -> None:
        super().__init__(query_client=lambda client_id: oauth_state().clients.get(client_id))
        self.tenant = tenant
        self.register_token_generator("default", self._generate_token)
        self.register_client_auth_method("private_key_jwt", PrivateKeyJwtAssertion(tenant.name))
        self.register_grant(
            SmartAuthorizationCodeGrant,
            [S256CodeChallenge(required=True), SmartOpenIDCode(tenant.name), smart_extension],
        )
        self.register_grant(SmartRefreshTokenGrant)
        self.register_grant(SmartClientCredentialsGrant)
        self.register_endpoint(SmartRevocationEndpoint)
        self.register_endpoint(SmartIntrospectionEndpoint)

    def _generate_token(
        self,
        grant_type: str,
        client: SandboxClient,
        user: Any = None,
        scope: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        token: dict[str, Any] = {
            "token_type": "Bearer",
            "access_token": generate_token(42),
            "expires_in": self.tenant.access_token_seconds,
            "scope": scope or "",
        }
        if include_refresh_token and wants_refresh_token(scope):
            token["refresh_token"] = generate_token(48)
        return token

    def save_token(self, token: dict[str, Any], request: Any) -> None:
        """Unused: each grant class records its tokens itself (with the SMART context)."""
