"""The sandbox's "EHR" page: pick a tenant, user, patient and draft order, then launch the app.

``GET /ehr`` shows the pickers (plain HTML forms, no JavaScript). ``POST /ehr/launch`` stores a
single-use launch context (5 minutes) and sends the browser to
``{app_url}/launch?iss={tenant FHIR base}&launch={id}`` — in the top window, or inside an
iframe of an EHR-looking page when "embedded" is ticked. ``POST /_admin/launches`` makes the same
launch context for tests and returns it as JSON.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Flask, jsonify, redirect, render_template, request

from sandbox.oauth import directory
from sandbox.oauth.state import app_url, fhir_base, oauth_state
from sandbox.oauth.stores import LaunchContext
from sandbox.tenants import TENANTS, get_tenant

bp = Blueprint("sandbox_ehr", __name__)


class LaunchRequestError(ValueError):
    """A launch the EHR cannot make (unknown tenant, patient, user or order)."""


def init_app(app: Flask) -> None:
    """Register the ``/ehr`` page, its launch endpoint and the JSON launch hook on ``app``."""
    app.register_blueprint(bp)


def create_launch(
    tenant: str,
    patient: str,
    practitioner: str | None = None,
    order: str | None = None,
    embedded: bool = False,
) -> LaunchContext:
    """Validate the choices and store a single-use launch context; raises LaunchRequestError."""
    if get_tenant(tenant) is None:
        raise LaunchRequestError(f"Unknown tenant '{tenant}'.")
    if not directory.exists("Patient", patient):
        raise LaunchRequestError("Unknown patient.")
    users = {choice.id for choice in directory.practitioners()}
    practitioner = practitioner or sorted(users)[0]
    if practitioner not in users:
        raise LaunchRequestError("Unknown practitioner.")
    if order and order not in {choice.id for choice in directory.orders(patient)}:
        raise LaunchRequestError("That order does not belong to the patient.")
    context = LaunchContext(
        tenant=tenant,
        patient=patient,
        fhir_user=f"Practitioner/{practitioner}",
        encounter=directory.order_encounter(patient, order),
        fhir_context=({"reference": f"ServiceRequest/{order}"},) if order else (),
        # Inside the EHR frame the EHR already shows the patient banner.
        need_patient_banner=not embedded,
    )
    return oauth_state().launches.add(context)


def launch_url(context: LaunchContext) -> str:
    """The app's launch URL for this context (``iss`` + ``launch``)."""
    query = urlencode({"iss": fhir_base(context.tenant), "launch": context.launch_id})
    return f"{app_url()}/launch?{query}"


@bp.get("/ehr")
def ehr_page() -> Any:
    args = request.args
    tenant = args.get("tenant") if args.get("tenant") in TENANTS else "plain"
    patient = args.get("patient") or ""
    patients = directory.patients()
    chosen = next((p for p in patients if p.id == patient), None)
    return render_template(
        "ehr.html",
        tenants=list(TENANTS),
        tenant=tenant,
        practitioners=directory.practitioners(),
        practitioner=args.get("practitioner", ""),
        patients=patients,
        patient=chosen,
        orders=directory.orders(chosen.id) if chosen else [],
        app_url=app_url(),
        problem="",
    )


@bp.post("/ehr/launch")
def ehr_launch() -> Any:
    form = request.form
    embedded = form.get("embedded") == "on"
    try:
        context = create_launch(
            form.get("tenant", ""),
            form.get("patient", ""),
            form.get("practitioner") or None,
            form.get("order") or None,
            embedded=embedded,
        )
    except LaunchRequestError as exc:
        return render_template("oauth_error.html", title="Cannot launch", message=str(exc)), 400
    target = launch_url(context)
    if embedded:
        return render_template("ehr_embedded.html", launch_url=target, context=context)
    return redirect(target, code=303)


@bp.post("/_admin/launches")
def admin_launch() -> Any:
    """Test hook: ``{tenant, patient, practitioner?, order?}`` -> ``{launch, iss, url}``."""
    body = request.get_json(silent=True) or {}
    try:
        context = create_launch(
            str(body.get("tenant", "")),
            str(body.get("patient", "")),
            body.get("practitioner"),
            body.get("order"),
            embedded=bool(body.get("embedded")),
        )
    except LaunchRequestError as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify(
        {
            "launch": context.launch_id,
            "iss": fhir_base(context.tenant),
            "url": launch_url(context),
            "patient": context.patient,
            "encounter": context.encounter,
            "fhirContext": list(context.fhir_context),
            "fhirUser": context.fhir_user,
        }
    )
