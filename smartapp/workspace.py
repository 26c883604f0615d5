"""Blueprint ``workspace``: the page a launch lands on (patient banner, order, access summary)."""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, current_app, render_template

from .errors import FhirAuthError, SessionExpiredError
from .launch import current_launch, fhir_client_for, launch_required
from .launch.session import unreadable_types

bp = Blueprint("workspace", __name__)
log = logging.getLogger(__name__)


def display_name(patient: dict[str, Any]) -> str:
    names = patient.get("name") or [{}]
    name = next((n for n in names if n.get("use") == "official"), names[0])
    if name.get("text"):
        return str(name["text"])
    return " ".join([*name.get("given", []), name.get("family", "")]).strip() or "Unnamed patient"


@bp.get("/patient")
@launch_required
def patient() -> str:
    """The launched patient's banner, the order under review, and what cannot be checked."""
    launch = current_launch()
    # SessionTokens refreshes before expiry and once on a 401; after that the session is over.
    client = fhir_client_for(current_app._get_current_object(), launch)
    try:
        resource = client.get_json(f"Patient/{launch.patient_id}")
    except FhirAuthError as error:
        raise SessionExpiredError(
            "The EHR no longer accepts this session.", detail=error.detail
        ) from error
    finally:
        client.session.close()
    orders = [
        item.get("reference", "")
        for item in launch.fhir_context or []
        if item.get("reference", "").startswith("ServiceRequest/")
    ]
    return render_template(
        "workspace/patient.html",
        launch=launch,
        patient=resource,
        name=display_name(resource),
        orders=orders,
        unreadable=unreadable_types(launch.granted_scope),
    )
