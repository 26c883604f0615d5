"""Blueprint ``launch``: EHR launch, standalone launch, the OAuth callback and the app's JWKS.

Every failure raises from the error tree, so the clinician sees what happened and what to do
(templates/errors/error.html) and the log gets a line without tokens or PHI.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets

from flask import (
    Blueprint,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from ..db import get_session
from ..errors import (
    AuthorizationDenied,
    LaunchBindingError,
    LaunchError,
    LaunchStateError,
    NoPatientContextError,
    UntrustedIssuerError,
)
from ..hooks.cards import order_from_app_context
from ..identity import COORDINATOR, role_of
from ..models import AppSession, LaunchState, utcnow
from .binding import binding_of, browser_value, remember, same_browser
from .discovery import discover
from .flow import (
    SIGN_IN_SCOPES,
    advised,
    authorize_request,
    exchange_code,
    is_sign_in,
    requested_scopes,
    verify_id_token,
)
from .hosts import redirect_uri_for
from .keys import public_jwks
from .registry import ServerConfig, normalise_iss, pick_for_ehr_launch, registry
from .secrets import seal
from .tokens import DEFAULT_LIFETIME_SECONDS

bp = Blueprint("launch", __name__)
log = logging.getLogger(__name__)
STATE_LIFETIME = dt.timedelta(minutes=10)


def _learn_user_name(app_session: AppSession) -> None:
    """Read the signed-in user's own resource once, so pages name them (smartapp.people)."""
    from .. import people
    from ..identity import actor_of
    from .tokens import fhir_client_for

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    people.remember_user(fhir_client_for(app, app_session), actor_of(app_session),
                         app_session.fhir_user)  # fmt: skip


def _context_orders(token: dict) -> list:
    """The launch's fhirContext; a CDS card's link names its order in appContext instead."""
    context = [item for item in token.get("fhirContext") or [] if isinstance(item, dict)]
    order = order_from_app_context(token.get("appContext"))
    if order and all(item.get("reference") != order for item in context):
        context.insert(0, {"reference": order})
    return context


@bp.get("/.well-known/jwks.json")
def jwks() -> Response:
    """The public keys of the app's asymmetric clients (EHRs fetch them to check assertions)."""
    response = jsonify(public_jwks(current_app._get_current_object()))
    response.cache_control.public = True
    response.cache_control.max_age = 300
    return response


@bp.get("/launch")
def ehr_launch() -> Response:
    """EHR launch: ``?iss=…&launch=…`` from the EHR; iss must be registered. ``server=<id>``
    picks one of several clients registered for the iss (registry.pick_for_ehr_launch)."""
    iss, launch = request.args.get("iss", ""), request.args.get("launch", "")
    if not iss or not launch:
        raise LaunchError("The launch link from the EHR is incomplete (iss and launch needed).")
    server = pick_for_ehr_launch(registry(), iss, request.args.get("server") or None)
    if server is None:
        log.warning("launch refused: iss not in launch.json")
        raise UntrustedIssuerError("This EHR address is not on the app's list of trusted EHRs.")
    return _authorize(server, launch)


@bp.get("/launch/start")
def start() -> str:
    """Standalone launch: pick a registered EHR."""
    return render_template("launch/start.html", servers=list(registry().values()))


@bp.get("/launch/standalone/<server_id>")
def standalone(server_id: str) -> Response:
    server = registry().get(server_id)
    if server is None:
        raise UntrustedIssuerError("That EHR is not on the app's list of trusted EHRs.")
    return _authorize(server, None)


@bp.get("/launch/signin/<server_id>")
def sign_in(server_id: str) -> Response:
    """Sign in without a patient (PA coordinators going to the worklist): openid fhirUser only."""
    server = registry().get(server_id)
    if server is None:
        raise UntrustedIssuerError("That EHR is not on the app's list of trusted EHRs.")
    return _authorize(server, None, sign_in=True)


def _authorize(server: ServerConfig, launch: str | None, sign_in: bool = False) -> Response:
    redirect_uri = redirect_uri_for(server)  # an unlisted Host is refused before any EHR request
    config = discover(server.iss)
    if sign_in:
        scope = SIGN_IN_SCOPES
    else:
        scope = requested_scopes(server, config, ehr_launch=launch is not None)
    auth = authorize_request(server, config, redirect_uri, scope, launch)
    browser = browser_value()
    db = get_session()
    db.add(
        LaunchState(
            state=auth.state,
            server_id=server.id,
            iss=server.iss,
            code_verifier=auth.code_verifier,
            nonce=auth.nonce,
            scope=scope,
            token_endpoint=config.token_endpoint,
            browser_binding=binding_of(browser),
        )
    )
    db.commit()
    return remember(redirect(auth.url), browser)


def _take_state(state: str | None) -> LaunchState:
    """The pending launch for ``state``, marked used at once (single use even on failure)."""
    db = get_session()
    record = db.get(LaunchState, state) if state else None
    if record is None or record.used:
        raise LaunchStateError("This sign-in response does not match a launch in progress.")
    record.used = True
    db.commit()
    if not same_browser(record.browser_binding):
        # Login CSRF: a callback link made by someone else's launch. Used up either way.
        log.warning("launch refused: callback from another browser than the one that started it")
        raise LaunchBindingError(
            "This sign-in was started in another browser, so the app did not sign you in."
        )
    return record


@bp.get("/launch/callback")
def callback() -> Response:
    record = _take_state(request.args.get("state"))
    try:
        return _complete(record)
    except LaunchError as failure:
        # A standalone launch or worklist sign-in was not started from a chart: say so.
        advised(failure, record.scope)
        raise


def _complete(record: LaunchState) -> Response:
    """The rest of the callback, for a pending launch of this browser."""
    created = record.created_at.replace(tzinfo=record.created_at.tzinfo or dt.UTC)
    if utcnow() - created > STATE_LIFETIME:
        raise LaunchStateError("The sign-in took too long and expired.")
    error = request.args.get("error")
    if error == "access_denied":
        raise AuthorizationDenied("Access to the patient's record was not granted.",
                                  detail="authorize error=access_denied")  # fmt: skip
    if error == "invalid_scope":
        raise AuthorizationDenied("The EHR refused the permissions the app needs.",
                                  detail="authorize error=invalid_scope")  # fmt: skip
    if error:
        raise LaunchError("The EHR ended the sign-in with an error.",
                          detail=f"authorize error={error[:40]}")  # fmt: skip
    returned_iss = request.args.get("iss")
    if returned_iss and normalise_iss(returned_iss) != record.iss:
        # RFC 9207 mix-up defence: the response must come from the server we asked.
        raise LaunchStateError("The sign-in response came from a different EHR.")
    server = registry().get(record.server_id)
    if server is None or not request.args.get("code"):
        raise LaunchStateError("The sign-in response is incomplete.")
    token = exchange_code(
        server,
        record.token_endpoint,
        request.args["code"],
        redirect_uri_for(server),
        record.code_verifier,
    )
    claims = {}
    if token.get("id_token"):
        claims = verify_id_token(token["id_token"], discover(server.iss), server, record.nonce)
    signing_in = is_sign_in(record.scope)
    if not token.get("patient") and not signing_in:
        raise NoPatientContextError("The EHR did not say which patient is open.")
    if signing_in and not claims.get("fhirUser"):
        raise LaunchError(
            "The EHR did not say who signed in.",
            advice="Sign in again; if it keeps happening, ask your administrator to allow "
            "the openid and fhirUser scopes for this app.",
        )
    lifetime = int(token.get("expires_in") or DEFAULT_LIFETIME_SECONDS)
    app_session = AppSession(
        id=secrets.token_urlsafe(32),
        server_id=server.id,
        iss=server.iss,
        token_endpoint=record.token_endpoint,
        patient_id=str(token["patient"]) if token.get("patient") else None,
        encounter_id=token.get("encounter"),
        fhir_user=claims.get("fhirUser"),
        granted_scope=token.get("scope") or record.scope,
        fhir_context=_context_orders(token),
        need_patient_banner=token.get("need_patient_banner", True) is not False,
        smart_style_url=token.get("smart_style_url"),
        access_token=seal(token["access_token"]),
        refresh_token=seal(token["refresh_token"]) if token.get("refresh_token") else None,
        expires_at=utcnow() + dt.timedelta(seconds=lifetime),
        token_lifetime=lifetime,
    )
    db = get_session()
    db.add(app_session)
    db.commit()
    session.clear()
    session["sid"] = app_session.id
    log.info("launch complete server=%s sign_in=%s", server.id, signing_in)
    _learn_user_name(app_session)
    if not signing_in:
        return redirect(url_for("checks.patient"))
    coordinator = role_of(app_session) == COORDINATOR
    return redirect(url_for("reports.worklist" if coordinator else "reports.my_requests"))
