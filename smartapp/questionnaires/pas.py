"""A read-only preview of the Da Vinci PAS request a check would carry — never submitted.

The Bundle follows the PAS Request Bundle profile (``type`` collection, ``identifier``,
``timestamp``, the Claim first, every entry with a ``fullUrl``); the Claim the PAS Claim profile's
required elements: ``identifier``, ``status`` active, ``type``, ``use`` preauthorization,
``patient``, ``created``, ``insurer`` (the Coverage's payor), ``provider`` (the order's
requester), ``priority``, ``insurance`` (the Coverage, focal), ``item`` (the order's CPT/HCPCS as
``productOrService``, its date of service), ``diagnosis`` (the order's ICD-10-CM reasons, else the
diagnosis the check cited) and the check's QuestionnaireResponse as ``supportingInfo``
(PAS category ``additionalInformation``).

Everything that says what it is says "preview": the Bundle's ``meta.tag``, the Claim's narrative
and the file name. The resources are the EHR's as read for the preview (Patient, order, Coverage,
requester, insurer); one that could not be read is named by its reference alone and listed in the
tag's display, never invented.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from typing import Any

from ..evidence.app_output import APP_NAME, TAG_SYSTEM
from ..evidence.codes import CANONICAL_URIS, system_alias

PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition"
PAS_CODES = "http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASTempCodes"
CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type"
PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
PREVIEW = "Preview only: not submitted to the payer"



def _preview_id(run_id: str) -> str:
    """A FHIR id for the preview: a run id is URL-safe base64 ("_" is no id character), so the
    other characters become "-" (FHIR R4 id: [A-Za-z0-9-.]{1,64})."""
    return re.sub(r"[^A-Za-z0-9\-.]", "-", f"pas-preview-{run_id}")[:64]

def _ref(resource: dict[str, Any] | None, fallback: str | None) -> dict[str, Any]:
    if resource and resource.get("resourceType") and resource.get("id"):
        return {"reference": f"{resource['resourceType']}/{resource['id']}"}
    return {"reference": fallback} if fallback else {"display": "not known"}


def _diagnoses(order: dict[str, Any] | None, report: dict[str, Any]) -> list[str]:
    """ICD-10-CM codes: the order's reasons, else the ones the check's diagnosis item cited."""
    codes: list[str] = []
    for concept in (order or {}).get("reasonCode") or []:
        for coding in concept.get("coding") or [] if isinstance(concept, dict) else []:
            if system_alias(coding.get("system")) == "icd10cm" and coding.get("code"):
                codes.append(str(coding["code"]))
    if not codes:
        for item in report.get("items") or []:
            if item.get("element") == "diagnosis-code":
                for evidence in item.get("evidence") or []:
                    words = str(evidence.get("snippet") or "").split()
                    if len(words) >= 2 and words[0] in ("ICD-10-CM", "icd10cm"):
                        codes.append(words[1])
    return list(dict.fromkeys(codes))[:12]  # X12 carries twelve at most


def pas_bundle(
    report: dict[str, Any],
    response: dict[str, Any],
    *,
    read: dict[str, dict[str, Any] | None],
    refs: dict[str, str | None],
    run_id: str,
    created: dt.datetime,
    fhir_base: str,
) -> dict[str, Any]:
    """The PAS request Bundle. ``read`` holds the resources as read (``patient``, ``order``,
    ``coverage``, ``provider``, ``insurer``; None when not readable), ``refs`` their references;
    an EHR resource's ``fullUrl`` is its address at ``fhir_base``, so the Claim's relative
    references resolve inside the Bundle."""
    service = report["service"]
    order = read.get("order")
    missing = sorted(name for name, resource in read.items() if resource is None)
    response_url = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'qr:{run_id}')}"
    entries = [{"fullUrl": f"{fhir_base.rstrip('/')}/{r['resourceType']}/{r['id']}", "resource": r}
               for r in read.values() if r]  # fmt: skip
    entries.append({"fullUrl": response_url, "resource": response})
    day = (report.get("order") or {}).get("date") or str(report["as_of"])
    diagnoses = _diagnoses(order, report)
    claim: dict[str, Any] = {
        "resourceType": "Claim",
        "id": _preview_id(run_id),
        "meta": {"profile": [f"{PAS}/profile-claim"]},
        "text": {"status": "generated", "div": '<div xmlns="http://www.w3.org/1999/xhtml"><p>'
                 f"{PREVIEW}. Built by {APP_NAME} from the check of {report['as_of']}.</p></div>"},
        "identifier": [{"system": "urn:smartapp:pa-documentation-check:pas-preview",
                        "value": run_id}],
        "status": "active",
        "type": {"coding": [{"system": CLAIM_TYPE, "code": "professional"}]},
        "use": "preauthorization",
        "patient": _ref(read.get("patient"), refs.get("patient")),
        "created": created.isoformat(),
        "insurer": _ref(read.get("insurer"), refs.get("insurer")),
        "provider": _ref(read.get("provider"), refs.get("provider")),
        "priority": {"coding": [{"system": PRIORITY, "code": "normal"}]},
        "insurance": [{"sequence": 1, "focal": True,
                       "coverage": _ref(read.get("coverage"), refs.get("coverage"))}],
        "supportingInfo": [{
            "sequence": 1,
            "category": {"coding": [{"system": PAS_CODES, "code": "additionalInformation"}]},
            "valueReference": {"reference": response_url},
        }],
        "item": [{
            "sequence": 1,
            "productOrService": {"coding": [{
                "system": CANONICAL_URIS.get(service["system"], service["system"]),
                "code": service["code"]}],
                "text": (report.get("order") or {}).get("text") or service["code"]},
            "servicedDate": day,
            "informationSequence": [1],
            **({"diagnosisSequence": list(range(1, len(diagnoses) + 1))} if diagnoses else {}),
        }],
    }
    if diagnoses:
        claim["diagnosis"] = [
            {"sequence": n, "diagnosisCodeableConcept": {"coding": [{"system": ICD10, "code": c}]}}
            for n, c in enumerate(diagnoses, 1)
        ]
    if order:
        claim["referral"] = _ref(order, refs.get("order"))
    tag = PREVIEW + (f"; not readable from the EHR: {', '.join(missing)}" if missing else "")
    return {
        "resourceType": "Bundle",
        "id": _preview_id(run_id),
        "meta": {"profile": [f"{PAS}/profile-pas-request-bundle"],
                 "tag": [{"system": TAG_SYSTEM, "code": "pas-preview", "display": tag}]},
        "identifier": {"system": "urn:smartapp:pa-documentation-check:pas-preview",
                       "value": run_id},
        "type": "collection",
        "timestamp": created.isoformat(),
        "entry": [{"fullUrl": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'claim:{run_id}')}",
                   "resource": claim}, *entries],
    }


def _first_cited(report: dict[str, Any], prefix: str) -> str | None:
    for item in report.get("items") or []:
        for evidence in item.get("evidence") or []:
            ref = str(evidence.get("reference") or "").split("#")[0]
            if ref.startswith(prefix):
                return ref
    return None


def _reference(resource: dict[str, Any] | None, field: str) -> str | None:
    value = (resource or {}).get(field)
    value = value[0] if isinstance(value, list) and value else value
    ref = value.get("reference") if isinstance(value, dict) else None
    return ref if isinstance(ref, str) and ref.count("/") == 1 else None


def read_resources(
    get: Callable[[str], dict[str, Any] | None], report: dict[str, Any]
) -> tuple[dict[str, dict[str, Any] | None], dict[str, str | None]]:
    """(resources, references) for the preview, read through ``get`` (the launch's FHIR client;
    None for a resource it could not read): the Patient, the order under review, the Coverage
    the check cited, the order's requester and the Coverage's payor."""
    refs: dict[str, str | None] = {
        "patient": str(report["patient"]),
        "order": (report.get("order") or {}).get("reference"),
        "coverage": _first_cited(report, "Coverage/"),
    }
    read = {name: get(ref) if ref else None for name, ref in refs.items()}
    refs["provider"] = _reference(read["order"], "requester")
    refs["insurer"] = _reference(read["coverage"], "payor")
    for name in ("provider", "insurer"):
        read[name] = get(refs[name]) if refs[name] else None
    return read, refs
