"""Build a :class:`PatientRecord` from a FHIR R4 Bundle given as raw JSON dicts.

Lenient on purpose: real EHR output breaks strict models (client-py #79/#86/#145), so no resource is
dropped for failing validation; only entries that cannot be used at all are skipped, and each skip
becomes a warning. OperationOutcome entries whose ``issue[].expression`` names resource types mark
those types *unreadable* (the retrieval layer writes them so), which turns missing into unknown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from ..errors import InputError
from .app_output import AppDocument, screen_notes
from .codes import Code, codes_of
from .dates import first_date
from .notes import build_notes
from .record import Evidence, PatientRecord

log = logging.getLogger(__name__)

RESOURCE_TYPES = {
    "Condition",
    "Procedure",
    "Observation",
    "DiagnosticReport",
    "ImagingStudy",
    "MedicationRequest",
    "MedicationStatement",
    "MedicationAdministration",
    "Encounter",
    "CarePlan",
    "Coverage",
}
REQUEST_TYPES = ("ServiceRequest", "DeviceRequest")


def _status(resource: dict, key: str) -> str:
    value = resource.get(key)
    if isinstance(value, dict):  # Condition.clinicalStatus is a CodeableConcept
        codings = value.get("coding") or [{}]
        return str(codings[0].get("code") or "").lower()
    return str(value or "").lower()


def _join(*parts: tuple[tuple[Code, ...], str]) -> tuple[tuple[Code, ...], str]:
    codes: list[Code] = []
    texts: list[str] = []
    for part_codes, part_text in parts:
        codes.extend(part_codes)
        texts.append(part_text)
    return tuple(codes), " ".join(t for t in texts if t)


def _concepts(resource: dict, key: str) -> list[tuple[tuple[Code, ...], str]]:
    value = resource.get(key)
    if isinstance(value, list):
        return [codes_of(v) for v in value]
    return [codes_of(value)]


def _medication_codes(resource: dict, index: dict) -> tuple[tuple[Code, ...], str]:
    if "medicationCodeableConcept" in resource:
        return codes_of(resource["medicationCodeableConcept"])
    ref = (resource.get("medicationReference") or {}).get("reference")
    medication = index.get(ref or "") or {}
    return codes_of(medication.get("code"))


def _evidence(resource_type: str, resource: dict, ref: str, index: dict) -> Evidence:
    """Reduce one resource to an Evidence record (dates and codes per resource type)."""
    get: Callable[..., date | None] = lambda *p: first_date(resource, *p)  # noqa: E731
    end = None
    value = None
    unit = ""
    status = _status(resource, "status")
    verification = ""
    if resource_type == "Condition":
        codes = codes_of(resource.get("code"))
        when = get("onsetDateTime", "onsetPeriod.start", "recordedDate")
        end = get("abatementDateTime", "abatementPeriod.end")
        status = _status(resource, "clinicalStatus")
        verification = _status(resource, "verificationStatus")
    elif resource_type == "Procedure":
        codes = codes_of(resource.get("code"))
        when = get("performedDateTime", "performedPeriod.start")
        end = get("performedPeriod.end")
    elif resource_type in ("Observation", "DiagnosticReport"):
        codes = _join(codes_of(resource.get("code")), *_concepts(resource, "category"))
        when = get("effectiveDateTime", "effectivePeriod.start", "issued")
        quantity = resource.get("valueQuantity") or {}
        raw_value = quantity.get("value", resource.get("valueInteger"))
        value = float(raw_value) if isinstance(raw_value, int | float) else None
        unit = quantity.get("unit") or quantity.get("code") or ""
    elif resource_type == "ImagingStudy":
        codes = _join(*_concepts(resource, "procedureCode"))
        when = get("started")
    elif resource_type.startswith("Medication"):
        codes = _medication_codes(resource, index)
        when = get("authoredOn", "effectiveDateTime", "effectivePeriod.start", "dateAsserted")
        end = get("effectivePeriod.end", "dispenseRequest.validityPeriod.end")
    elif resource_type == "Encounter":
        codes = _join(*_concepts(resource, "type"), codes_of(resource.get("serviceType")))
        klass = resource.get("class")
        if isinstance(klass, dict) and klass.get("code"):
            codes = (codes[0] + (Code("encounter-class", str(klass["code"])),), codes[1])
        when = get("period.start")
        end = get("period.end")
    elif resource_type == "CarePlan":
        parts = _concepts(resource, "category")
        for activity in resource.get("activity") or []:
            parts.append(codes_of((activity.get("detail") or {}).get("code")))
        text = " ".join(str(resource.get(k) or "") for k in ("title", "description")).lower()
        parts.append(((), text))
        codes = _join(*parts)
        when = get("period.start", "created")
        end = get("period.end")
    else:  # Coverage: criteria read raw fields (payor, period)
        codes = codes_of(resource.get("type"))
        when = get("period.start")
        end = get("period.end")
    return Evidence(
        resource_type,
        ref,
        codes[0],
        codes[1],
        when,
        end,
        status,
        verification,
        value,
        unit,
        resource,
    )


def _unreadable_types(outcome: dict) -> set[str]:
    types: set[str] = set()
    for issue in outcome.get("issue") or []:
        for expression in issue.get("expression") or []:
            name = str(expression).split(".")[0]
            if name[:1].isupper():
                types.add(name)
    return types


def _subjects(entries: list[tuple[str, dict]]) -> list[str]:
    """A searchset without the Patient (Epic/Cerner per-type searches) still names one subject."""
    found: set[str] = set()
    for _ref, resource in entries:
        for key in ("subject", "patient", "beneficiary"):
            reference = (
                (resource.get(key) or {}).get("reference")
                if isinstance(resource.get(key), dict)
                else None
            )
            if reference and "Patient/" in reference:
                found.add("Patient/" + reference.rstrip("/").split("Patient/")[-1])
    return sorted(found)[:1] if len(found) == 1 else []


def build_record(bundle: Any) -> PatientRecord:
    """Build the record of the one patient in ``bundle`` (searchset, collection or transaction).

    :raises InputError: not a Bundle, or no Patient in it.
    """
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise InputError("the file is not a FHIR Bundle")
    warnings: list[str] = []
    index: dict[str, dict] = {}
    entries: list[tuple[str, dict]] = []
    unreadable: set[str] = set()
    for position, entry in enumerate(bundle.get("entry") or []):
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
            warnings.append(f"bundle entry {position} has no resource; skipped")
            continue
        resource_type = resource["resourceType"]
        if (
            resource_type == "OperationOutcome"
            or (entry.get("search") or {}).get("mode") == "outcome"
        ):
            unreadable |= _unreadable_types(resource)
            continue
        ref = f"{resource_type}/{resource['id']}" if resource.get("id") else entry.get("fullUrl")
        if not ref:
            warnings.append(f"bundle entry {position} ({resource_type}) has no id; skipped")
            continue
        index[ref] = resource
        if entry.get("fullUrl"):
            index[entry["fullUrl"]] = resource
        entries.append((ref, resource))
    patients = [ref for ref, r in entries if r["resourceType"] == "Patient"] or _subjects(entries)
    if not patients:
        raise InputError("the bundle holds no Patient")
    if patients[0] not in index:
        warnings.append(f"the bundle has no Patient resource; scoring {patients[0]} (its subject)")
    if len(patients) > 1:
        warnings.append(f"the bundle holds {len(patients)} patients; scoring {patients[0]}")
    by_type: dict[str, list[Evidence]] = {}
    requests: list[dict] = []
    documents: list[tuple[str, dict]] = []
    for ref, resource in entries:
        resource_type = resource["resourceType"]
        if resource_type in RESOURCE_TYPES:
            by_type.setdefault(resource_type, []).append(
                _evidence(resource_type, resource, ref, index)
            )
        elif resource_type in REQUEST_TYPES:
            requests.append(resource)
        elif resource_type == "DocumentReference":
            documents.append((ref, resource))
    app_documents: list[AppDocument] = []  # the app's own reports: never evidence (issue 12)
    notes = screen_notes(build_notes(documents, index, warnings), index, app_documents)
    for type_name in sorted(unreadable):
        warnings.append(
            f"{type_name} could not be read from the EHR; items that need it are unknown"
        )
    return PatientRecord(
        patient_ref=patients[0],
        by_type=by_type,
        notes=notes,
        service_requests=requests,
        index=index,
        unreadable=unreadable,
        warnings=warnings,
        app_documents=app_documents,
    )
