"""The OAuth 2.0 authorization-code flow with PKCE (SMART App Launch 2.x §2.0.5–2.0.8).

Builds the authorize request, exchanges the code (authlib's OAuth2Session does client
authentication), and verifies the id_token against the issuer's JWKS (joserfc).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import requests
from authlib.common.security import generate_token
from authlib.integrations.base_client import OAuthError
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from flask import current_app
from joserfc import jwt
from joserfc.errors import JoseError

from ..errors import (
    LaunchError,
    NoPatientContextError,
    SessionExpiredError,
    TokenExchangeError,
)
from ..net import DEFAULT_TIMEOUT
from .client_auth import token_session
from .discovery import SmartConfiguration, issuer_keys
from .registry import ServerConfig

#: What the gap check reads. Binary carries the note text behind DocumentReference; an order is a
#: ServiceRequest, or a DeviceRequest for equipment (walker, CPAP, oxygen, bed, CGM).
RESOURCE_TYPES = (
    "Patient",
    "Condition",
    "Observation",
    "DocumentReference",
    "Binary",
    "Procedure",
    "ServiceRequest",
    "DeviceRequest",
    "Coverage",
    "MedicationRequest",
    "Encounter",
    "DiagnosticReport",
    "CarePlan",
    "Practitioner",
    # Where FHIR keeps the ordering provider's work phone/fax (smartapp.fhir.requester).
    "PractitionerRole",
    "Organization",
)


#: A sign-in without a patient (coordinators opening the worklist): who the user is, nothing more.
SIGN_IN_SCOPES = "openid fhirUser online_access"


def is_sign_in(scope: str) -> bool:
    """True for a sign-in request: it asked for no launch context at all."""
    return not {"launch", "launch/patient"} & set(scope.split())


#: What to do after a failed standalone launch or worklist sign-in: there is no chart to go back to.
STANDALONE_ADVICE = (
    "Start again from the app's start page and choose this EHR; at the EHR, sign in and allow "
    "the access the app asks for. If the EHR keeps refusing, ask its administrator to check the "
    "app's registration, quoting the support reference below."
)
STANDALONE_NO_PATIENT = (
    "Start again from the app's start page and choose a patient at the EHR's patient picker."
)


def is_ehr_launch(scope: str) -> bool:
    """True when the launch came from the EHR (the ``launch`` scope carries its context)."""
    return "launch" in scope.split()


def advised(error: LaunchError, scope: str) -> LaunchError:
    """``error`` with advice that fits how the launch began: the default advice tells the user
    to relaunch from the patient's chart, which a standalone launch never came from. Advice an
    error was given on purpose (a missing client secret: call the administrator) is kept."""
    if is_ehr_launch(scope):
        return error
    if isinstance(error, NoPatientContextError) and error.advice == NoPatientContextError.advice:
        error.advice = STANDALONE_NO_PATIENT
    elif error.advice in (LaunchError.advice, SessionExpiredError.advice):
        error.advice = STANDALONE_ADVICE
    return error


def requested_scopes(server: ServerConfig, config: SmartConfiguration, ehr_launch: bool) -> str:
    """Scopes to ask for: v2 ``.rs`` when advertised, else v1 ``.read`` (cumulus rule)."""
    suffix = ".rs" if config.supports_v2_scopes else ".read"
    scopes = ["launch" if ehr_launch else "launch/patient", "openid", "fhirUser"]
    scopes.append("offline_access" if server.access == "offline" else "online_access")
    scopes += [f"patient/{kind}{suffix}" for kind in RESOURCE_TYPES]
    if server.write_back:
        # Only create: the app never changes or deletes what is in the chart.
        scopes.append("patient/DocumentReference.c" if suffix == ".rs" else
                      "patient/DocumentReference.write")  # fmt: skip
    return " ".join(scopes)


@dataclass(frozen=True)
class AuthorizeRequest:
    url: str
    state: str
    code_verifier: str
    nonce: str


def authorize_request(
    server: ServerConfig,
    config: SmartConfiguration,
    redirect_uri: str,
    scope: str,
    launch: str | None,
) -> AuthorizeRequest:
    """The authorize URL with PKCE S256, a fresh state and nonce, and aud = iss."""
    state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(16)
    verifier = generate_token(64)  # RFC 7636 §4.1: 43–128 unreserved characters
    params = {
        "response_type": "code",
        "client_id": server.client_id,
        "redirect_uri": redirect_uri,
        "scope": scope,
        "state": state,
        "aud": server.iss,
        "nonce": nonce,
        "code_challenge": create_s256_code_challenge(verifier),
        "code_challenge_method": "S256",
    }
    if launch:
        params["launch"] = launch
    separator = "&" if "?" in config.authorization_endpoint else "?"
    url = f"{config.authorization_endpoint}{separator}{urlencode(params)}"
    return AuthorizeRequest(url, state, verifier, nonce)


def exchange_code(
    server: ServerConfig, token_endpoint: str, code: str, redirect_uri: str, verifier: str
) -> dict[str, Any]:
    """POST the code to the token endpoint with the client's authentication; TokenExchangeError
    on any failure (the EHR's error code goes to the log detail, never the token)."""
    client = token_session(current_app._get_current_object(), server, token_endpoint,
                           redirect_uri=redirect_uri)  # fmt: skip
    try:
        token = client.fetch_token(
            token_endpoint,
            grant_type="authorization_code",
            code=code,
            code_verifier=verifier,
            timeout=DEFAULT_TIMEOUT,
        )
    except OAuthError as error:
        raise TokenExchangeError(
            "The EHR did not accept the sign-in.", detail=f"OAuthError {error.error}"[:60]
        ) from error
    except Exception as error:  # requests' own errors, a malformed answer: all fatal here
        raise TokenExchangeError(
            "The EHR did not accept the sign-in.", detail=type(error).__name__
        ) from error
    finally:
        client.close()
    if not token.get("access_token"):
        raise TokenExchangeError("The EHR's answer had no access token.")
    return dict(token)


def verify_id_token(
    id_token: str,
    config: SmartConfiguration,
    server: ServerConfig,
    nonce: str,
    session: requests.Session | None = None,
) -> dict[str, Any]:
    """Check the id_token's signature (issuer JWKS), iss, aud, exp and nonce."""
    if not config.jwks_uri:
        raise TokenExchangeError("The EHR publishes no keys to check its id_token.")
    try:
        token = jwt.decode(id_token, issuer_keys(config.jwks_uri, id_token, session))
        jwt.JWTClaimsRegistry(
            iss={"essential": True, "value": config.issuer or server.iss},
            aud={"essential": True, "value": server.client_id},
            exp={"essential": True},
            nonce={"essential": True, "value": nonce},
        ).validate(token.claims)
    except (JoseError, ValueError, requests.RequestException) as error:
        raise TokenExchangeError(
            "The EHR's identity token could not be verified.", detail=type(error).__name__
        ) from error
    return dict(token.claims)
