"""Patient-compartment checks for ``patient/`` scopes: a token for one patient sees only them.

Searches must name the granted patient (``patient``/``subject``/``beneficiary``, or ``_id`` for
Patient) -- Oracle Health and Epic reject patient-less searches too; reads must belong to the
patient; a Binary is readable when one of the patient's DocumentReferences points at it.
"""

from __future__ import annotations

from typing import Any

from flask import current_app

#: Resource types outside any patient's compartment: readable with the right type scope.
SHARED_TYPES = {"Practitioner", "PractitionerRole", "Organization", "Location", "Medication"}
PATIENT_PARAMS = ("patient", "subject", "beneficiary")


def _refers_to(value: str, patient_id: str) -> bool:
    target = f"Patient/{patient_id}"
    return value in (patient_id, target) or value.endswith(f"/{target}")


def compartment_violation(
    patient_id: str | None, resource_type: str, path: str, args: Any
) -> str | None:
    """Why this request falls outside the granted patient's compartment, or None if it doesn't."""
    if resource_type in SHARED_TYPES:
        return None
    if not patient_id:
        return "The token carries no patient, so patient-level access is not possible."
    parts = path.strip("/").split("/")
    if len(parts) == 1:  # search
        names = ("_id",) if resource_type == "Patient" else PATIENT_PARAMS
        values = [value for name in names for value in args.getlist(name)]
        if not values:
            return f"Searches with a patient-level token must name the patient ({names[0]})."
        if not all(_refers_to(value, patient_id) for value in values):
            return "The search names a patient other than the one in the token."
        return None
    resource_id = parts[1]
    if resource_type == "Patient":
        return None if resource_id == patient_id else "That patient is not the one in the token."
    engine = current_app.extensions["sandbox"].engine
    if resource_type == "Binary":
        documents = engine.search("DocumentReference", {"patient": patient_id})
        for document in documents:
            for item in document.get("content", []):
                if item.get("attachment", {}).get("url", "").endswith(f"Binary/{resource_id}"):
                    return None
        return "That document does not belong to the patient in the token."
    resource = engine.read(resource_type, resource_id)
    if resource is None:
        return None  # let the engine answer 404
    for field in PATIENT_PARAMS:
        reference = (resource.get(field) or {}).get("reference", "")
        if reference and _refers_to(reference, patient_id):
            return None
    return "That resource does not belong to the patient in the token."


def create_violation(patient_id: str | None, resource_type: str, body: Any) -> str | None:
    """Why a patient-level token may not create this resource, or None: it must be a
    ``resource_type`` resource about the granted patient (its subject or patient)."""
    if not patient_id:
        return "The token carries no patient, so patient-level access is not possible."
    if not isinstance(body, dict) or body.get("resourceType") != resource_type:
        return f"The request body is not a {resource_type}."
    if resource_type in SHARED_TYPES:
        return "A patient-level token cannot create shared resources."
    for field in PATIENT_PARAMS:
        reference = (
            (body.get(field) or {}).get("reference", "")
            if isinstance(body.get(field), dict)
            else ""
        )
        if reference:
            if _refers_to(reference, patient_id):
                return None
            return "The resource names a patient other than the one in the token."
    return "The resource must name the patient in the token (subject)."
