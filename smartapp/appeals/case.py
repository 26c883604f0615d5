"""Facts about the case for the letter and the P2P sheet: the patient, member ID, ordering
provider, the order and its diagnoses — each with the resource it comes from, so every sentence
built from them can cite its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..checklists.order_requester import is_valid_npi
from ..checklists.requests import find_request
from ..evidence import PatientRecord, parse_date
from ..evidence.codes import NPI_SYSTEM
from .cpt_text import diagnosis_facts


def _name(resource: dict[str, Any]) -> str:
    for name in resource.get("name") or []:
        if not isinstance(name, dict):
            continue
        if name.get("text"):
            return str(name["text"])
        parts = [*(name.get("prefix") or []), *(name.get("given") or []), name.get("family", "")]
        text = " ".join(str(p) for p in parts if p)
        if text:
            return text
    return ""


def _concept_text(concept: Any) -> str:
    """A CodeableConcept's text as written (else its first display), not lower-cased."""
    if not isinstance(concept, dict):
        return ""
    displays = [c.get("display") for c in concept.get("coding") or [] if isinstance(c, dict)]
    return str(concept.get("text") or next((d for d in displays if d), "") or "")


def display_title(record: PatientRecord, reference: str, fallback: str = "note") -> str:
    """A DocumentReference's title for people: description, type text, or type display."""
    resource = record.resolve(reference) or {}
    return str(resource.get("description") or _concept_text(resource.get("type")) or fallback)


def cite(reference: str, label: str = "") -> dict[str, str]:
    """A citation: the resource reference and a short label."""
    return {"reference": reference, "label": label}


@dataclass(frozen=True)
class CaseFacts:
    """What the letter and the P2P sheet say about the case, with sources."""

    patient_ref: str
    patient_name: str
    age: int | None
    gender: str
    member_id: str | None
    coverage_ref: str | None
    request_ref: str | None
    order_text: str
    occurrence: date | None
    requester_ref: str | None
    requester_name: str
    requester_npi: str | None
    diagnoses: tuple[tuple[str, str, str], ...]  # (code, description, reference)


def _age(birth: date | None, on: date) -> int | None:
    if birth is None:
        return None
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _coverage(record: PatientRecord) -> tuple[str | None, str | None]:
    for coverage in record.of("Coverage"):
        raw = coverage.raw
        payors = " ".join(
            str((record.resolve(p.get("reference")) or {}).get("name") or p.get("display") or "")
            for p in raw.get("payor") or []
        ).lower()
        if "caresource" in payors:
            member = raw.get("subscriberId") or next(
                (i.get("value") for i in raw.get("identifier") or [] if i.get("value")), None
            )
            return member, coverage.ref
    return None, None


def case_facts(record: PatientRecord, code: str, as_of: date) -> CaseFacts:
    """Collect the case facts for ``code`` from the record."""
    patient = record.resolve(record.patient_ref) or {}
    request = find_request(record, code) or {}
    request_ref = f"{request.get('resourceType')}/{request.get('id')}" if request else None
    requester_ref = (request.get("requester") or {}).get("reference")
    requester = record.resolve(requester_ref) or {}
    practitioner = record.resolve((requester.get("practitioner") or {}).get("reference"))
    person = practitioner or requester
    npis = [
        i.get("value", "")
        for i in person.get("identifier") or []
        if i.get("system") == NPI_SYSTEM and is_valid_npi(i.get("value", ""))
    ]
    member, coverage_ref = _coverage(record)
    seen: set[str] = set()
    diagnoses = []
    for fact in diagnosis_facts(record, request or None):
        if fact.code.system == "icd10cm" and fact.code.code not in seen:
            seen.add(fact.code.code)
            diagnoses.append((fact.code.code, fact.description, fact.reference))
    return CaseFacts(
        patient_ref=record.patient_ref,
        patient_name=_name(patient),
        age=_age(parse_date(patient.get("birthDate")), as_of),
        gender=str(patient.get("gender") or ""),
        member_id=member,
        coverage_ref=coverage_ref,
        request_ref=request_ref,
        order_text=_concept_text(request.get("code") or request.get("codeCodeableConcept")),
        occurrence=parse_date(request.get("occurrenceDateTime"))
        or parse_date((request.get("occurrencePeriod") or {}).get("start")),
        requester_ref=requester_ref,
        requester_name=_name(person),
        requester_npi=npis[0] if npis else None,
        diagnoses=tuple(diagnoses),
    )
