"""The EHR page's order screen: drafting or signing an order calls the app's CDS hooks.

``POST /ehr/order`` (``hook`` = order-select | order-sign) sends the chosen draft order to the
app's service (sandbox/cds_client.py) and shows the chart again with the cards. A card's SMART
link is launched by ``POST /ehr/card-launch``: a launch context carrying the card's
``appContext`` (passed to the app in the token response), then the link's URL with ``iss`` and
``launch`` added — only links to the app under test are followed. ``POST /ehr/card-feedback``
dismisses a card with a reason (the service's feedback endpoint). ``/_admin/cds-request`` and
``/_admin/cds-jwt`` give tests the exact call the EHR would send, to send or tamper with.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlencode

import requests
from flask import Blueprint, Flask, jsonify, redirect, render_template, request

from sandbox import cds_client
from sandbox.ehr import LaunchRequestError, chart_page, create_launch
from sandbox.oauth.state import app_url, fhir_base

bp = Blueprint("sandbox_orders", __name__)
log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    cds_client.init_app(app)
    app.register_blueprint(bp)


def _call(form: Any, hook: str, prefetch: str = "full") -> dict[str, Any]:
    return cds_client.build_request(
        hook, form.get("tenant", "plain"), form.get("patient", ""),
        form.get("practitioner") or "sandbox-clinician", [form["order"]], prefetch=prefetch,
    )  # fmt: skip


@bp.post("/ehr/order")
def order_hook() -> Any:
    form = request.form
    hook = form.get("hook", "")
    if hook not in cds_client.SERVICES or not form.get("order"):
        return chart_page(form, hook_problem="Choose a draft order first.", status=400)
    try:
        response = cds_client.send(_call(form, hook))
    except (requests.RequestException, KeyError, ValueError) as error:
        log.warning("hook call failed: %s", type(error).__name__)
        return chart_page(form, hook_name=hook, status=502,
                          hook_problem="The CDS service did not answer; the order is unchanged.")
    if not response.ok:
        problem = f"The CDS service refused the call ({response.status_code})."
        return chart_page(form, hook_name=hook, hook_problem=problem, status=502)
    cards = response.json().get("cards", [])
    return chart_page(form, hook_name=hook, cards=cards)


@bp.post("/ehr/card-launch")
def card_launch() -> Any:
    form = request.form
    link = form.get("url", "")
    if not link.startswith(app_url() + "/"):
        return render_template("oauth_error.html", title="Cannot launch",
                               message="The card links to an app this EHR does not know."), 400
    try:
        # No fhirContext order: the card's appContext names it (passed through as the spec says).
        context = create_launch(form.get("tenant", ""), form.get("patient", ""),
                                form.get("practitioner") or None, None,
                                app_context=form.get("appContext") or None)  # fmt: skip
    except LaunchRequestError as exc:
        return render_template("oauth_error.html", title="Cannot launch", message=str(exc)), 400
    joiner = "&" if "?" in link else "?"
    query = urlencode({"iss": fhir_base(context.tenant), "launch": context.launch_id})
    return redirect(f"{link}{joiner}{query}", code=303)


@bp.post("/ehr/card-feedback")
def card_feedback() -> Any:
    form = request.form
    code, _, display = form.get("reason", "").partition("|")
    reason = {"system": form.get("reason_system", ""), "code": code, "display": display}
    status = cds_client.send_feedback(form.get("hook", "order-sign"), form.get("card", ""),
                                      "overridden", reason if code else None)  # fmt: skip
    note = "Card dismissed; the reason was sent to the service." if status == 200 else (
        f"The service did not take the feedback ({status}).")  # fmt: skip
    return chart_page(form, hook_name=form.get("hook"), hook_problem=note)


@bp.post("/_admin/cds-request")
def admin_cds_request() -> Any:
    """``{hook, tenant, patient, practitioner?, orders, prefetch?, authorize?}`` -> the call the
    EHR would send: ``{url, jwt, body}`` (tests send it, or change it first)."""
    body = request.get_json(silent=True) or {}
    try:
        call = cds_client.build_request(
            str(body.get("hook")), str(body.get("tenant", "plain")), str(body.get("patient")),
            str(body.get("practitioner") or "sandbox-clinician"), list(body.get("orders") or []),
            prefetch=str(body.get("prefetch", "full")), authorize=body.get("authorize", True),
        )  # fmt: skip
    except (KeyError, requests.RequestException) as error:
        return jsonify(error=type(error).__name__), 400
    return jsonify(call)


@bp.post("/_admin/cds-jwt")
def admin_cds_jwt() -> Any:
    """``{aud, lifetime?, claims?}`` -> a JWT signed with the sandbox's CDS client key."""
    body = request.get_json(silent=True) or {}
    claims = body.get("claims") if isinstance(body.get("claims"), dict) else {}
    token = cds_client.signed_jwt(str(body.get("aud")), lifetime=int(body.get("lifetime", 300)),
                                  **claims)  # fmt: skip
    return jsonify(jwt=token)
