"""authlib grant classes and extensions with the SMART App Launch rules of the sandbox.

- PKCE is mandatory for every client and only ``S256`` is accepted (SMART 2.x, section
  "Considerations for PKCE Support"); ``plain`` or a missing challenge/verifier is refused.
- ``aud`` must name the tenant's FHIR base (required on epic/cerner tenants).
- ``launch`` needs a live launch id from the EHR page; the id is single use.
- Codes are single use; replaying one revokes the token it produced (RFC 6749 §4.1.2).
- Refresh tokens rotate on every use and never widen the original grant.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from authlib.oauth2.rfc6749 import (
    InvalidRequestError,
    InvalidScopeError,
    TokenMixin,
    grants,
)
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core import OpenIDCode

from sandbox.oauth.clients import SandboxClient
from sandbox.oauth.scope_policy import grantable_scopes
from sandbox.oauth.state import fhir_base, oauth_state, smart_style_url, token_store
from sandbox.oauth.stores import AuthCode, LaunchContext, SandboxUser
from sandbox.tokens import Grant

log = logging.getLogger(__name__)

CLIENT_AUTH_METHODS = ["client_secret_basic", "private_key_jwt", "none"]


@dataclass
class SmartRequest:
    """What the SMART checks worked out about one authorization request."""

    grantable: list[str]
    launch: LaunchContext | None = None
    granted: list[str] | None = None  # set once the user (or the EHR launch) decided
    patient: str | None = None  # chosen in the standalone patient picker


class S256CodeChallenge(CodeChallenge):
    """PKCE with S256 only, required for public and confidential clients alike."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]  # noqa: RUF012 - authlib class attribute

    def validate_code_challenge(self, grant: Any, redirect_uri: Any) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: send code_challenge (S256).")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("code_challenge_method must be S256.")
        super().validate_code_challenge(grant, redirect_uri)

    def validate_code_verifier(self, grant: Any, result: Any) -> None:
        if not grant.request.form.get("code_verifier"):
            raise InvalidRequestError("Missing 'code_verifier' (PKCE is required).")
        super().validate_code_verifier(grant, result)


def validate_smart_request(grant: Any, _result: Any = None) -> None:
    """Hook after the core checks: aud, scopes, launch. Runs once per request object."""
    request = grant.request
    if getattr(request, "smart", None) is not None:
        return  # authlib validates again when it creates the response
    tenant = grant.server.tenant
    data = request.payload.data
    aud = data.get("aud")
    if tenant.require_aud and not aud:
        raise InvalidRequestError("This server requires 'aud' set to its FHIR base URL.")
    if aud and aud.rstrip("/") != fhir_base(tenant.name):
        raise InvalidRequestError("'aud' does not name this FHIR server.")
    requested = (request.payload.scope or "").split()
    scopes = grantable_scopes(request.payload.scope, tenant)
    if not scopes:
        raise InvalidScopeError("None of the requested scopes can be granted.")
    launch = None
    launch_id = data.get("launch")
    if launch_id:
        if "launch" not in requested:
            raise InvalidScopeError("A 'launch' parameter needs the 'launch' scope.")
        launch = oauth_state().launches.redeem(launch_id)
        if launch is None or launch.tenant != tenant.name:
            raise InvalidRequestError("Unknown, expired or already used launch id.")
    elif "launch" in requested:
        raise InvalidRequestError("The 'launch' scope needs the 'launch' parameter.")
    request.smart = SmartRequest(grantable=scopes, launch=launch)


def smart_extension(grant: Any) -> None:
    """authlib grant extension registering :func:`validate_smart_request`."""
    grant.register_hook("after_validate_authorization_request_payload", validate_smart_request)


class SmartOpenIDCode(OpenIDCode):
    """id_token: RS256, iss = tenant FHIR base, aud = client_id, fhirUser absolute URL."""

    def __init__(self, tenant_name: str) -> None:
        super().__init__(require_nonce=False)
        self.tenant_name = tenant_name

    def exists_nonce(self, nonce: str, request: Any) -> bool:
        return False  # nonces are echoed, not tracked: the app is the one checking them

    def resolve_client_private_key(self, client: SandboxClient) -> Any:
        return oauth_state().signing_key.key

    def get_client_algorithm(self, client: SandboxClient) -> str:
        return "RS256"

    def get_encode_header(self, client: SandboxClient) -> dict[str, str]:
        return {"alg": "RS256", "kid": oauth_state().signing_key.kid, "typ": "JWT"}

    def get_client_claims(self, client: SandboxClient) -> dict[str, Any]:
        now = int(time.time())
        return {"iss": fhir_base(self.tenant_name), "aud": client.client_id, "exp": now + 3600}

    def generate_user_info(self, user: SandboxUser, scope: str) -> dict[str, str]:
        info = {"sub": user.subject}
        if "fhirUser" in scope.split():
            info["fhirUser"] = f"{fhir_base(self.tenant_name)}/{user.fhir_user}"
        return info


def response_context(context: dict[str, Any], scope: str) -> dict[str, Any]:
    """The SMART launch context fields a token response carries for this scope."""
    scopes = scope.split()
    always = ("need_patient_banner", "smart_style_url")
    out = {key: context[key] for key in always if key in context}
    if context.get("patient") and ("launch" in scopes or "launch/patient" in scopes):
        out["patient"] = context["patient"]
    if "launch" in scopes:
        if context.get("encounter"):
            out["encounter"] = context["encounter"]
        if context.get("fhirContext"):
            out["fhirContext"] = context["fhirContext"]
        if context.get("appContext"):
            out["appContext"] = context["appContext"]
    return out


def finish_token(
    server: Any, token: dict[str, Any], client: SandboxClient, user: SandboxUser, ctx: dict
) -> None:
    """Add the SMART context to ``token`` and record the grant for the FHIR gateway."""
    extra = response_context(ctx, token["scope"])
    token.update(extra)
    now = time.time()
    grant = Grant(
        access_token=token["access_token"],
        client_id=client.client_id,
        tenant=server.tenant.name,
        scope=token["scope"],
        patient=extra.get("patient"),
        encounter=extra.get("encounter"),
        fhir_user=user.fhir_user,
        refresh_token=token.get("refresh_token"),
        issued_at=now,
        expires_at=now + token["expires_in"],
    )
    token_store().add(grant)
    if grant.refresh_token:
        state = oauth_state()
        with state.refresh_lock:
            state.refresh_context[grant.refresh_token] = {"user": user, "context": ctx}


class SmartAuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    """Authorization code grant backed by the in-memory CodeStore."""

    TOKEN_ENDPOINT_AUTH_METHODS = CLIENT_AUTH_METHODS

    def save_authorization_code(self, code: str, request: Any) -> None:
        smart: SmartRequest = request.smart
        launch = smart.launch
        tenant = self.server.tenant.name
        context: dict[str, Any] = {
            "need_patient_banner": launch.need_patient_banner if launch else True,
            "smart_style_url": smart_style_url(tenant),
            "patient": launch.patient if launch else smart.patient,
        }
        if launch:
            context["encounter"] = launch.encounter
            context["fhirContext"] = [dict(item) for item in launch.fhir_context]
            if launch.app_context:
                context["appContext"] = launch.app_context
        data = request.payload.data
        oauth_state().codes.add(
            AuthCode(
                code=code,
                tenant=tenant,
                client_id=request.client.client_id,
                redirect_uri=request.payload.redirect_uri,
                scope=" ".join(smart.granted or []),
                user=request.user,
                code_challenge=data.get("code_challenge"),
                code_challenge_method=data.get("code_challenge_method"),
                context=context,
                nonce=data.get("nonce"),
            )
        )

    def query_authorization_code(self, code: str, client: SandboxClient) -> AuthCode | None:
        codes = oauth_state().codes
        item = codes.claim(code, client.client_id)
        if item is None:
            issued = codes.replayed_token(code)
            if issued:
                # RFC 6749 §4.1.2: a reused code SHOULD revoke what it issued.
                token_store().revoke(issued)
                log.warning("code replayed by client %s; its token revoked", client.client_id)
            return None
        return item if item.tenant == self.server.tenant.name else None

    def delete_authorization_code(self, authorization_code: AuthCode) -> None:
        """Nothing to do: :meth:`query_authorization_code` claimed it atomically."""

    def authenticate_user(self, authorization_code: AuthCode) -> SandboxUser:
        return authorization_code.user

    def save_token(self, token: dict[str, Any]) -> None:
        code: AuthCode = self.request.authorization_code
        finish_token(self.server, token, self.request.client, code.user, code.context)
        oauth_state().codes.mark_redeemed(code.code, token["access_token"])


@dataclass(frozen=True)
class StoredToken(TokenMixin):
    """A TokenStore grant seen through authlib's TokenMixin, keyed by the presented string."""

    value: str
    grant: Grant
    is_refresh: bool

    def check_client(self, client: SandboxClient) -> bool:
        return self.grant.client_id == client.client_id

    def get_scope(self) -> str:
        return self.grant.scope

    def get_expires_in(self) -> int:
        return int(self.grant.expires_at - self.grant.issued_at)

    def is_expired(self) -> bool:
        return not self.is_refresh and time.time() >= self.grant.expires_at

    def is_revoked(self) -> bool:
        return self.grant.revoked


class SmartRefreshTokenGrant(grants.RefreshTokenGrant):
    """Refresh with rotation: the old refresh token dies when the new one is issued."""

    TOKEN_ENDPOINT_AUTH_METHODS = CLIENT_AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token: str) -> StoredToken | None:
        grant = token_store().find_refresh(refresh_token)
        if grant is None or grant.revoked or grant.tenant != self.server.tenant.name:
            return None
        return StoredToken(refresh_token, grant, is_refresh=True)

    def authenticate_user(self, refresh_token: StoredToken) -> SandboxUser | None:
        saved = oauth_state().refresh_context.get(refresh_token.value)
        return saved["user"] if saved else None

    def save_token(self, token: dict[str, Any]) -> None:
        old: StoredToken = self.request.refresh_token
        saved = oauth_state().refresh_context.get(old.value) or {"context": {}}
        finish_token(self.server, token, self.request.client, self.request.user, saved["context"])

    def revoke_old_credential(self, refresh_token: StoredToken) -> None:
        token_store().retire_refresh(refresh_token.value)
        state = oauth_state()
        with state.refresh_lock:
            state.refresh_context.pop(refresh_token.value, None)
