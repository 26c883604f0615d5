"""``/_admin``: the sandbox's test-control API (loopback only; there is no auth by design).

Tests and benchmarks use it to inject faults and latency, revoke or expire tokens mid-session,
register OAuth clients with their own redirect URIs, mint tokens without the OAuth dance (for
retrieval tests only), read the log of requests the app sent, point the EHR page at the app
under test (``/_admin/app-url``: a test's app listens on a port chosen after the sandbox started),
and read or switch the FHIR engine's patient-compartment index (equivalence tests compare indexed
and scanned searches).
"""

from __future__ import annotations

import dataclasses
import secrets
import time
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Flask, current_app, jsonify, request

from .tenants import get_tenant
from .tokens import Grant

bp = Blueprint("admin", __name__, url_prefix="/_admin")


def _state() -> Any:
    return current_app.extensions["sandbox"]


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    return body if isinstance(body, dict) else {}


@bp.errorhandler(ValueError)
def _bad_request(error: ValueError):  # type: ignore[no-untyped-def]
    return jsonify(error=str(error)), 400


@bp.route("/faults", methods=["GET", "POST", "DELETE"])
def faults():  # type: ignore[no-untyped-def]
    plan = _state().faults
    if request.method == "POST":
        plan.configure(_body())
    elif request.method == "DELETE":
        plan.clear()
    return jsonify(plan.describe())


@bp.post("/tokens")
def mint_token():  # type: ignore[no-untyped-def]
    """Issue an access token directly (tests of retrieval that don't need the OAuth flow)."""
    body = _body()
    tenant = get_tenant(str(body.get("tenant", "plain")))
    if tenant is None:
        raise ValueError("tenant: unknown tenant")
    lifetime = int(body.get("expires_in", tenant.access_token_seconds))
    grant = Grant(
        access_token=secrets.token_urlsafe(32),
        client_id=str(body.get("client_id", "admin-minted")),
        tenant=tenant.name,
        scope=str(body.get("scope", "patient/*.read")),
        patient=body.get("patient"),
        refresh_token=secrets.token_urlsafe(32) if body.get("refresh") else None,
        expires_at=time.time() + lifetime,
    )
    _state().store.add(grant)
    return jsonify(
        access_token=grant.access_token, refresh_token=grant.refresh_token,
        expires_in=lifetime, scope=grant.scope, patient=grant.patient, tenant=tenant.name,
    )  # fmt: skip


@bp.post("/tokens/revoke")
def revoke_tokens():  # type: ignore[no-untyped-def]
    body = _body()
    if body.get("token"):
        return jsonify(revoked=int(_state().store.revoke(str(body["token"]))))
    return jsonify(revoked=_state().store.revoke_all(body.get("tenant")))


@bp.post("/tokens/expire")
def expire_tokens():  # type: ignore[no-untyped-def]
    return jsonify(expired=_state().store.expire_all(_body().get("tenant")))


@bp.post("/clients")
def register_client():  # type: ignore[no-untyped-def]
    from . import oauth

    return jsonify(oauth.register_client(_body())), 201


@bp.route("/app-url", methods=["GET", "POST"])
def app_url():  # type: ignore[no-untyped-def]
    """Where the EHR page sends launches: ``{"app_url": "http://127.0.0.1:8123"}``."""
    state = _state()
    if request.method == "POST":
        url = str(_body().get("app_url", "")).rstrip("/")
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise ValueError("app_url: an absolute http(s) URL is needed")
        state.settings = dataclasses.replace(state.settings, app_url=url)
    return jsonify(app_url=state.settings.app_url)


@bp.route("/requests", methods=["GET", "DELETE"])
def requests_log():  # type: ignore[no-untyped-def]
    log = _state().requests
    if request.method == "DELETE":
        log.clear()
    return jsonify(list(log))


@bp.route("/engine", methods=["GET", "POST"])
def engine_index():  # type: ignore[no-untyped-def]
    """The engine's index: ``{"index": false}`` makes every search scan until switched back."""
    engine = _state().engine
    if request.method == "POST":
        enabled = _body().get("index")
        if not isinstance(enabled, bool):
            raise ValueError("index: expected true or false")
        status, state = engine.index_state(enabled)
    else:
        status, state = engine.index_state()
    return jsonify(state), status


@bp.post("/reset")
def reset():  # type: ignore[no-untyped-def]
    """Clear faults (Bulk Data switches too) and the request log (tokens and clients stay)."""
    _state().faults.clear()
    current_app.extensions["sandbox_bulk"].faults.clear()
    _state().requests.clear()
    return jsonify(status="reset")


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
