"""HTTP endpoints of the authorization server (one set per tenant) and SMART discovery.

``/<tenant>/oauth2/authorize`` GET validates the request; an EHR launch (``launch=<id>``) is
approved at once with the launch's user and context (the clinician is already signed in to the
EHR); a standalone launch shows the sign-in / patient-picker / consent page, whose form POSTs
back to the same URL. Errors about the client or redirect URI render a page here and never
redirect (RFC 6749 §4.1.2.1); every other error goes back to the redirect URI with ``state``.
"""

from __future__ import annotations

import logging
from typing import Any

from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import AccessDeniedError
from flask import Blueprint, Response, abort, jsonify, render_template, request

from sandbox.oauth import directory
from sandbox.oauth.discovery import smart_configuration
from sandbox.oauth.grants import SmartRequest
from sandbox.oauth.scope_policy import apply_user_choice, narrow_for_launch
from sandbox.oauth.server import SmartAuthorizationServer
from sandbox.oauth.state import oauth_state, public_origin
from sandbox.oauth.stores import SandboxUser
from sandbox.tenants import get_tenant

log = logging.getLogger(__name__)

bp = Blueprint("sandbox_oauth", __name__)

#: SMART style document (App Launch "Styling"); the values only need to be plausible.
SMART_STYLE = {
    "color_background": "#f4f6f8",
    "color_error": "#b00020",
    "color_highlight": "#1f6fb2",
    "color_modal_backdrop": "rgba(0,0,0,0.4)",
    "color_success": "#2e7d32",
    "color_text": "#1d2327",
    "dim_border_radius": "4px",
    "dim_font_size": "14px",
    "dim_spacing_size": "16px",
    "font_family_body": "system-ui, sans-serif",
    "font_family_heading": "system-ui, sans-serif",
}


def _server(tenant: str) -> SmartAuthorizationServer:
    server = oauth_state().servers.get(tenant)
    if server is None:
        abort(404)
    return server


def _error_page(title: str, message: str, status: int = 400) -> tuple[str, int]:
    return render_template("oauth_error.html", title=title, message=message), status


@bp.get("/<tenant>/fhir/.well-known/smart-configuration")
def smart_config(tenant: str) -> Response:
    found = get_tenant(tenant)
    if found is None:
        abort(404)
    return jsonify(smart_configuration(found, public_origin()))


@bp.get("/<tenant>/smart-style.json")
def smart_style(tenant: str) -> Response:
    if get_tenant(tenant) is None:
        abort(404)
    return jsonify(SMART_STYLE)


@bp.get("/<tenant>/oauth2/jwks")
def jwks(tenant: str) -> Response:
    _server(tenant)
    return jsonify(oauth_state().signing_key.public_jwks())


@bp.post("/<tenant>/oauth2/token")
def token(tenant: str) -> Any:
    return _server(tenant).create_token_response()


@bp.post("/<tenant>/oauth2/revoke")
def revoke(tenant: str) -> Any:
    return _server(tenant).create_endpoint_response("revocation")


@bp.post("/<tenant>/oauth2/introspect")
def introspect(tenant: str) -> Any:
    return _server(tenant).create_endpoint_response("introspection")


@bp.route("/<tenant>/oauth2/authorize", methods=["GET", "POST"])
def authorize(tenant: str) -> Any:
    server = _server(tenant)
    try:
        grant = server.get_consent_grant(end_user=None)
    except OAuth2Error as error:
        if error.redirect_uri:
            return server.handle_error_response(None, error)
        log.info("authorize refused without redirect: %s", error.error)
        return _error_page("This app cannot be authorized", error.description or error.error)
    smart: SmartRequest = grant.request.smart
    if smart.launch is not None:
        # EHR launch: the clinician is signed in to the EHR; context comes from the launch id.
        launch = smart.launch
        smart.granted = narrow_for_launch(smart.grantable, dict(launch.narrow),
                                          frozenset(launch.withhold))  # fmt: skip
        user = SandboxUser(launch.fhir_user)
        return server.create_authorization_response(grant=grant, grant_user=user)
    if request.method == "GET":
        return _consent_page(grant, smart)
    return _decide(server, grant, smart)


def _consent_page(grant: Any, smart: SmartRequest, problem: str = "", status: int = 200) -> Any:
    picker = "launch/patient" in smart.grantable
    return render_template(
        "oauth_authorize.html",
        client=grant.request.client,
        tenant=grant.server.tenant,
        scopes=smart.grantable,
        practitioners=directory.practitioners(),
        patients=directory.patients() if picker else [],
        picker=picker,
        problem=problem,
        action=request.full_path,
    ), status


def _decide(server: SmartAuthorizationServer, grant: Any, smart: SmartRequest) -> Any:
    form = request.form
    if form.get("decision") != "allow":
        return server.create_authorization_response(grant=grant, grant_user=None)
    granted = apply_user_choice(smart.grantable, form.getlist("granted_scope"))
    if not granted:
        error = AccessDeniedError("The user granted no scopes.", redirect_uri=grant.redirect_uri)
        error.state = grant.request.payload.state
        return server.handle_error_response(None, error)
    practitioner = form.get("practitioner", "")
    known = {choice.id for choice in directory.practitioners()}
    if practitioner not in known:
        return _consent_page(grant, smart, "Choose who is signing in.", 400)
    patient = form.get("patient") or None
    if "launch/patient" in granted:
        if not patient or not directory.exists("Patient", patient):
            return _consent_page(grant, smart, "Choose a patient.", 400)
        smart.patient = patient
    smart.granted = granted
    user = SandboxUser(f"Practitioner/{practitioner}")
    return server.create_authorization_response(grant=grant, grant_user=user)


@bp.post("/_admin/oauth/expire")
def expire_short_lived() -> Any:
    """Test hook: expire every authorization code or launch id now (no sleeping in tests)."""
    what = (request.get_json(silent=True) or {}).get("what")
    state = oauth_state()
    stores = {"codes": state.codes, "launches": state.launches}
    if what not in stores:
        return jsonify({"error": "what must be 'codes' or 'launches'"}), 400
    return jsonify({"expired": stores[what].expire_all()})
