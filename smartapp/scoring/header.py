"""Who and what a report is about, for people: the patient's name and birth date, and the order.

The PDF and the page print them (issue 12: a report on paper must say whose it is and for which
order); the report JSON carries them as ``patient_summary`` and ``order``.
"""

from __future__ import annotations

from typing import Any

from ..checklists.requests import find_order
from ..evidence import PatientRecord


def _name(person: dict[str, Any], with_prefix: bool = False) -> str:
    names = [n for n in person.get("name") or [] if isinstance(n, dict)]
    name = next((n for n in names if n.get("use") == "official"), names[0] if names else {})
    if name.get("text"):
        return str(name["text"])
    given = [str(g) for g in name.get("given") or [] if isinstance(g, str | int)]
    prefix = [str(p) for p in name.get("prefix") or [] if isinstance(p, str)] if with_prefix else []
    return " ".join([*prefix, *given, str(name.get("family") or "")]).strip()


def patient_facts(record: PatientRecord) -> dict[str, Any]:
    """``{"name", "birth_date", "gender"}`` of the record's Patient (empty values when the
    Patient itself was not in the record)."""
    patient = record.resolve(record.patient_ref) or {}
    birth = patient.get("birthDate")
    return {
        "name": _name(patient),
        "birth_date": str(birth) if isinstance(birth, str) else None,
        "gender": str(patient.get("gender") or "") or None,
    }


def order_facts(record: PatientRecord, code: str) -> dict[str, Any] | None:
    """The order under review: reference, what it asks for, status, date of service."""
    order = find_order(record, code)
    if order is None:
        return None
    text = next((c.display for c in order.codes if c.display), "")
    concept = order.raw.get("code") or order.raw.get("codeCodeableConcept")
    if isinstance(concept, dict) and isinstance(concept.get("text"), str):
        text = concept["text"]
    return {
        "reference": order.ref,
        "text": text,
        "status": order.status,
        "date": order.occurrence.isoformat() if order.occurrence else None,
        "requester": requester_name(record, order.raw),
    }


def requester_name(record: PatientRecord, order: dict[str, Any]) -> str | None:
    """The ordering clinician's name, for people (the coordinator dashboard groups gaps by it):
    the requester Practitioner's name (a PractitionerRole's Practitioner's), else the reference's
    display text; None when the order names nobody readable."""
    requester = order.get("requester")
    if not isinstance(requester, dict):
        return None
    display = requester.get("display")
    resource = record.resolve(requester.get("reference")) or {}
    if resource.get("resourceType") == "PractitionerRole":
        practitioner = resource.get("practitioner")
        practitioner = practitioner if isinstance(practitioner, dict) else {}
        display = practitioner.get("display") or display
        resource = record.resolve(practitioner.get("reference")) or {}
    name = _name(resource, with_prefix=True)
    if not name and isinstance(display, str):
        name = display.strip()
    return name or None
