"""Blueprint ``workspace``: the page a launch lands on (patient banner, order, access summary)."""

from __future__ import annotations

import logging
from typing import Any

import requests
from flask import Blueprint, render_template

from .errors import FhirError, SessionExpiredError
from .launch import current_launch, launch_required
from .launch.secrets import unseal
from .launch.session import unreadable_types
from .net import new_session

bp = Blueprint("workspace", __name__)
log = logging.getLogger(__name__)


def _read(base: str, token: str, path: str) -> dict[str, Any]:
    response = new_session().get(
        f"{base}/{path}",
        headers={"Authorization": f"Bearer {token}", "Accept": "application/fhir+json"},
    )
    if response.status_code == 401:
        raise SessionExpiredError("The EHR no longer accepts this session.")
    if not response.ok:
        raise FhirError("The EHR could not return the patient.", status=response.status_code)
    return response.json()


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
    token = unseal(launch.access_token)
    if token is None:
        raise SessionExpiredError("This session can no longer be read.")
    try:
        resource = _read(launch.iss, token, f"Patient/{launch.patient_id}")
    except requests.RequestException as error:
        raise FhirError("The EHR did not answer.", detail=type(error).__name__) from error
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
