"""The patient banner's facts (name, birth date, gender) from a Patient resource or a bundle."""

from __future__ import annotations

from typing import Any


def display_name(patient: dict[str, Any]) -> str:
    """The official name if there is one (else the first), as "Given Family"."""
    names = [n for n in patient.get("name") or [] if isinstance(n, dict)] or [{}]
    name = next((n for n in names if n.get("use") == "official"), names[0])
    if name.get("text"):
        return str(name["text"])
    given = [str(g) for g in name.get("given") or []]
    return " ".join([*given, str(name.get("family") or "")]).strip() or "Unnamed patient"


def summary_of(patient: dict[str, Any]) -> dict[str, Any]:
    """What the banner and the worklist show of a Patient resource."""
    return {
        "id": str(patient.get("id") or ""),
        "name": display_name(patient),
        "birth_date": patient.get("birthDate"),
        "gender": patient.get("gender"),
    }


def patient_summary(bundle: dict[str, Any]) -> dict[str, Any] | None:
    """The summary of the bundle's Patient, or None when the Patient could not be read."""
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        if resource.get("resourceType") == "Patient":
            return summary_of(resource)
    return None
