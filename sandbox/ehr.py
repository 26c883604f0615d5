"""The sandbox's "EHR" page: pick a tenant, user, patient and draft order, then launch the app.

``GET /ehr`` shows the pickers (plain HTML forms, no JavaScript). ``POST /ehr/launch`` stores a
single-use launch context (5 minutes) and sends the browser to
``{app_url}/launch?iss={tenant FHIR base}&launch={id}`` — in the top window, or inside an
iframe of an EHR-looking page when "embedded" is ticked. ``POST /ehr/notes`` signs a clinical
note into the chart (how a demo user fixes a gap before re-checking); the chart's launch and note
fields are one form, so the order chosen for the launch is still chosen after signing.
``POST /_admin/launches`` makes the same launch context for tests and returns it as JSON.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Flask, jsonify, redirect, render_template, request

from sandbox import chart_notes
from sandbox.oauth import directory
from sandbox.oauth.state import app_url, fhir_base, oauth_state
from sandbox.oauth.stores import LaunchContext
from sandbox.tenants import TENANTS, get_tenant

bp = Blueprint("sandbox_ehr", __name__)
#: Types the EHR page can withhold from the app at launch (what real EHR app builds restrict).
WITHHOLDABLE = (
    ("DocumentReference", "notes (DocumentReference)"),
    ("Condition", "problems (Condition)"),
    ("Coverage", "coverage (Coverage)"),
    ("Procedure", "procedures (Procedure)"),
)
log = logging.getLogger(__name__)


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
    narrow: dict[str, str] | None = None,
    withhold: list[str] | tuple[str, ...] = (),
    app_context: str | None = None,
) -> LaunchContext:
    """Validate the choices and store a single-use launch context; raises LaunchRequestError.

    :param narrow: resource type → v2 query the EHR grants that type under (a partial read).
    :param withhold: resource types the EHR grants no access to.
    """
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
        fhir_context=({"reference": directory.order_reference(order)},) if order else (),
        # Inside the EHR frame the EHR already shows the patient banner.
        need_patient_banner=not embedded,
        narrow=tuple(sorted((str(k), str(v)) for k, v in (narrow or {}).items())),
        withhold=tuple(str(kind) for kind in withhold),
        app_context=app_context,
    )
    return oauth_state().launches.add(context)


def launch_url(context: LaunchContext) -> str:
    """The app's launch URL for this context (``iss`` + ``launch``)."""
    query = urlencode({"iss": fhir_base(context.tenant), "launch": context.launch_id})
    return f"{app_url()}/launch?{query}"


@bp.get("/ehr")
def ehr_page() -> Any:
    return chart_page(request.args)


def chart_page(
    values: Any, problem: str = "", draft: str = "", status: int = 200, **hook: Any
) -> Any:
    """The EHR page for the chosen tenant, user and patient; ``problem`` and ``draft`` re-show a
    note the EHR would not store, with its text kept; ``hook`` shows a CDS hook's cards
    (sandbox/ehr_orders.py)."""
    tenant = values.get("tenant") if values.get("tenant") in TENANTS else "plain"
    patient = values.get("patient") or ""
    patients = directory.patients()
    chosen = next((p for p in patients if p.id == patient), None)
    page = render_template(
        "ehr.html",
        tenants=list(TENANTS),
        tenant=tenant,
        practitioners=directory.practitioners(),
        practitioner=values.get("practitioner", ""),
        author=values.get("author") or values.get("practitioner", ""),
        patients=patients,
        patient=chosen,
        orders=directory.orders(chosen.id) if chosen else [],
        order_id=values.get("order", ""),
        notes=chart_notes.recent_notes(chosen.id) if chosen else [],
        note_types=chart_notes.NOTE_TYPES,
        withholdable=WITHHOLDABLE,
        launch_choices=_launch_choices(values),
        saved_note=values.get("note", ""),
        note_problem=problem,
        draft=draft,
        today=dt.date.today().isoformat(),
        app_url=app_url(),
        problem="",
        hook=hook,
    )
    return page, status


@bp.post("/ehr/notes")
def write_note() -> Any:
    """Sign a note into the chart (sandbox/chart_notes.py), then show the chart again."""
    form = request.form
    try:
        document_id = chart_notes.save_note(*chart_notes.checked_note(form))
    except chart_notes.NoteError as error:
        return chart_page(form, str(error), form.get("text", ""), 400)
    except Exception as error:  # the engine is another process: say so, keep the text
        log.warning("saving a chart note failed: %s", type(error).__name__)
        problem = "The EHR could not store the note (its FHIR engine did not answer). Try again."
        return chart_page(form, problem, form.get("text", ""), 502)
    # The chart comes back as it was: same user, patient, chosen order and launch options (a
    # launch after signing must not silently lose the order).
    keys = ("tenant", "practitioner", "patient", "order")
    query = [(key, form.get(key, "")) for key in keys if form.get(key)]
    query += sorted(_launch_choices(form))
    return redirect("/ehr?" + urlencode([*query, ("note", document_id)]) + "#notes", code=303)


def _launch_choices(values: Any) -> set[tuple[str, str]]:
    """The ticked launch options (embedded, withheld types, narrowed scopes) as (name, value)."""
    names = ("embedded", "withhold", "narrow")
    getlist = getattr(values, "getlist", lambda name: [])
    return {(name, value) for name in names for value in getlist(name) if value}


@bp.post("/ehr/launch")
def ehr_launch() -> Any:
    form = request.form
    embedded = form.get("embedded") == "on"
    known = {kind for kind, _ in WITHHOLDABLE}
    narrow = dict(item.split(":", 1) for item in form.getlist("narrow") if ":" in item)
    try:
        context = create_launch(
            form.get("tenant", ""),
            form.get("patient", ""),
            form.get("practitioner") or None,
            form.get("order") or None,
            embedded=embedded,
            narrow={k: v for k, v in narrow.items() if k == "Observation"},
            withhold=[kind for kind in form.getlist("withhold") if kind in known],
        )
    except LaunchRequestError as exc:
        return render_template("oauth_error.html", title="Cannot launch", message=str(exc)), 400
    target = launch_url(context)
    if embedded:
        return render_template("ehr_embedded.html", launch_url=target, context=context)
    return redirect(target, code=303)


@bp.post("/_admin/launches")
def admin_launch() -> Any:
    """Test hook: ``{tenant, patient, practitioner?, order?, embedded?, narrow?, withhold?}`` ->
    ``{launch, iss, url}``; ``narrow`` ({type: query}) and ``withhold`` ([type]) make the EHR
    grant less than the app asks for."""
    body = request.get_json(silent=True) or {}
    narrow, withhold = body.get("narrow") or {}, body.get("withhold") or []
    if not isinstance(narrow, dict) or not isinstance(withhold, list):
        return jsonify({"error": "narrow must map types to queries; withhold must list types"}), 400
    try:
        context = create_launch(
            str(body.get("tenant", "")),
            str(body.get("patient", "")),
            body.get("practitioner"),
            body.get("order"),
            embedded=bool(body.get("embedded")),
            narrow=narrow,
            withhold=withhold,
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
