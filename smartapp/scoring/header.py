"""Who and what a report is about, for people: the patient's name and birth date, and the order.

The PDF and the page print them (issue 12: a report on paper must say whose it is and for which
order); the report JSON carries them as ``patient_summary`` and ``order``.
"""

from __future__ import annotations

from typing import Any

from ..checklists.requests import find_order
from ..evidence import PatientRecord


def _name(patient: dict[str, Any]) -> str:
    names = [n for n in patient.get("name") or [] if isinstance(n, dict)]
    name = next((n for n in names if n.get("use") == "official"), names[0] if names else {})
    if name.get("text"):
        return str(name["text"])
    given = [str(g) for g in name.get("given") or [] if isinstance(g, str | int)]
    return " ".join([*given, str(name.get("family") or "")]).strip()


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
    }
