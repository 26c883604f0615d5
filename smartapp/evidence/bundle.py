"""Build a :class:`PatientRecord` from a FHIR R4 Bundle given as raw JSON dicts.

The one boundary where raw shapes are met: every resource is normalised here (wrong types,
missing lists, impossible dates, unreadable notes) into Evidence, Orders and Notes, with a warning
per problem, so the engine never sees raw JSON. Lenient on purpose: real EHR output breaks strict
models (client-py #79/#86/#145), so no resource is dropped for failing validation; only entries
that cannot be used at all are skipped, and each skip becomes a warning.

OperationOutcome entries say what the EHR withheld: the types they make *unreadable* (missing →
"could not check") are read by :mod:`smartapp.evidence.withheld`.
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import InputError
from .allergies import allergy_texts
from .app_output import AppDocument, screen_notes
from .care_plans import careplan_texts
from .dosages import dosage_texts
from .exam_observations import is_exam_observation
from .notes import ANNOTATED_TYPES, annotation_texts, build_notes, build_texts
from .notices import fetch_problems, not_fetched_notes
from .orders import order_of
from .record import ANY_TYPE, REQUEST_TYPES, RESOURCE_TYPES, Evidence, Order, PatientRecord
from .resources import evidence_of
from .shapes import as_dict, as_str, dicts
from .withheld import unreadable_types

log = logging.getLogger(__name__)

MAX_WARNINGS_PER_KIND = 20


def _subjects(entries: list[tuple[str, dict]]) -> list[str]:
    """A searchset without the Patient (Epic/Cerner per-type searches) still names one subject."""
    found: set[str] = set()
    for _ref, resource in entries:
        for key in ("subject", "patient", "beneficiary"):
            reference = as_str(as_dict(resource.get(key)).get("reference"))
            if "Patient/" in reference:
                found.add("Patient/" + reference.rstrip("/").split("Patient/")[-1])
    return sorted(found)[:1] if len(found) == 1 else []


def _context_type(bundle: dict) -> str | None:
    """The type a searchset was searched for, from its ``self`` link (``…/Condition?patient=…``):
    what an outcome that names no type is about."""
    for link in dicts(bundle.get("link")):
        if as_str(link.get("relation")) == "self":
            path = as_str(link.get("url")).split("?")[0].rstrip("/")
            name = path.rsplit("/", 1)[-1]
            if name in RESOURCE_TYPES | {"DocumentReference", *REQUEST_TYPES}:
                return name
    return None


def _read_entries(
    bundle: dict, warnings: list[str]
) -> tuple[list[tuple[str, dict]], dict, set[str]]:
    entries: list[tuple[str, dict]] = []
    index: dict[str, dict] = {}
    unreadable: set[str] = set()
    raw_entries = bundle.get("entry")
    if raw_entries is not None and not isinstance(raw_entries, list):
        warnings.append("the bundle's entry is not a list; nothing in it could be read")
        raw_entries = []
    context = _context_type(bundle)
    skipped = 0
    for position, entry in enumerate(raw_entries or []):
        entry = as_dict(entry)
        resource = entry.get("resource")
        if not isinstance(resource, dict) or not as_str(resource.get("resourceType")):
            skipped += 1
            if skipped <= MAX_WARNINGS_PER_KIND:
                warnings.append(f"bundle entry {position} has no resource; skipped")
            continue
        resource_type = as_str(resource["resourceType"])
        if (
            resource_type == "OperationOutcome"
            or as_str(as_dict(entry.get("search")).get("mode")) == "outcome"
        ):
            unreadable |= unreadable_types(resource, context)
            continue
        resource_id = as_str(resource.get("id"))
        full_url = as_str(entry.get("fullUrl"))
        ref = f"{resource_type}/{resource_id}" if resource_id else full_url
        if not ref:
            skipped += 1
            if skipped <= MAX_WARNINGS_PER_KIND:
                warnings.append(f"bundle entry {position} ({resource_type}) has no id; skipped")
            continue
        index[ref] = resource
        if full_url:
            index[full_url] = resource
        entries.append((ref, resource))
    if skipped > MAX_WARNINGS_PER_KIND:
        warnings.append(f"{skipped} bundle entries in all could not be used")
    return entries, index, unreadable


def build_record(bundle: Any, texts: dict[str, str] | None = None) -> PatientRecord:
    """Build the record of the one patient in ``bundle`` (searchset, collection or transaction).

    ``texts``: note texts already extracted by retrieval, by Binary URL (not extracted again).

    :raises InputError: not a Bundle, or no Patient in it.
    """
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise InputError("the file is not a FHIR Bundle")
    warnings: list[str] = []
    entries, index, unreadable = _read_entries(bundle, warnings)
    patients = [ref for ref, r in entries if r["resourceType"] == "Patient"] or _subjects(entries)
    if not patients:
        if unreadable and not entries:
            raise InputError("the EHR withheld the whole record: no Patient and no clinical data")
        raise InputError("the bundle holds no Patient")
    if patients[0] not in index:
        warnings.append(f"the bundle has no Patient resource; scoring {patients[0]} (its subject)")
    if len(patients) > 1:
        warnings.append(f"the bundle holds {len(patients)} patients; scoring {patients[0]}")
    by_type: dict[str, list[Evidence]] = {}
    requests: list[dict] = []
    orders: list[Order] = []
    documents: list[tuple[str, dict]] = []
    reports: list[tuple[str, dict]] = []
    annotated: list[tuple[str, dict, Any]] = []
    dosed: list[tuple[Evidence, dict]] = []
    planned: list[tuple[Evidence, dict]] = []
    allergies: list[tuple[str, dict]] = []
    for ref, resource in entries:
        resource_type = resource["resourceType"]
        if resource_type in RESOURCE_TYPES:
            item = evidence_of(resource_type, resource, ref, index)
            by_type.setdefault(resource_type, []).append(item)
            charted = resource.get("note") or resource.get("valueString")
            charted = charted or is_exam_observation(resource)  # its components (exam_lines)
            if resource_type in ANNOTATED_TYPES and charted:
                # A procedure's note is written as its period ends ("6 visits over 3 wks so
                # far"): dated at the start, its duration would reach back before the care began.
                written = item.end if resource_type == "Procedure" and item.end else item.date
                annotated.append((ref, resource, written))
            if resource_type == "DiagnosticReport":
                reports.append((ref, resource))
            elif resource_type == "MedicationRequest":
                dosed.append((item, resource))
            elif resource_type == "CarePlan":
                planned.append((item, resource))
        elif resource_type in REQUEST_TYPES:
            requests.append(resource)
            orders.append(order_of(resource, ref, index))
        elif resource_type == "DocumentReference":
            documents.append((ref, resource))
        elif resource_type == "AllergyIntolerance":
            allergies.append((ref, resource))
    app_documents: list[AppDocument] = []  # the app's own reports: never evidence (issue 12)
    unfetched = not_fetched_notes(bundle, index)
    unread = fetch_problems(bundle)  # and, as notes are read, those that could not be
    extracted = texts  # retrieval's texts by Binary URL; ``texts`` is reused below for reports
    built = build_notes(documents, index, warnings, unfetched, extracted, unread)
    notes = screen_notes(built, index, app_documents)
    order_texts = [(o.ref, o.free_text, o.authored, o.requester_ids) for o in orders]
    texts = build_texts(reports, order_texts, index, warnings, unread, extracted)
    texts += annotation_texts(annotated) + dosage_texts(dosed) + careplan_texts(planned)
    texts += allergy_texts(allergies)  # a drug trial charted on the allergy list (allergies.py)
    for type_name in sorted(unreadable - {ANY_TYPE}):
        warnings.append(
            f"{type_name} could not be read (in full) from the EHR; items that need it are unknown"
        )
    if ANY_TYPE in unreadable:
        warnings.append("the EHR withheld some results without saying of which type; items that "
                        "found nothing could not be checked")  # fmt: skip
    return PatientRecord(
        patient_ref=patients[0],
        by_type=by_type,
        notes=notes,
        service_requests=requests,
        index=index,
        unreadable=unreadable,
        warnings=warnings,
        orders=orders,
        texts=texts,
        app_documents=app_documents,
        not_fetched=unfetched,
        unread=unread,
    )
