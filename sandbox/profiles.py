"""EHR behaviour profiles: how Epic and Oracle Health (Cerner) answers differ from a plain server.

Each function takes the tenant and a request or response and returns what that EHR would do.
Sources: the vendors' public documentation (open.epic.com, fhir.cerner.com) and recorded
payloads; tests/payloads holds the project's own hand-written payloads in the same shapes.
"""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

from .tenants import Tenant

FHIR_JSON = "application/fhir+json"
#: Epic's recorded wire content type: apps must accept it.
EPIC_JSON = "application/json+fhir"


def operation_outcome(code: str, text: str, severity: str = "error", **extra: Any) -> dict:
    issue: dict[str, Any] = {"severity": severity, "code": code, "details": {"text": text}}
    issue.update(extra)
    return {"resourceType": "OperationOutcome", "issue": [issue]}


def json_content_type(tenant: Tenant) -> str:
    return EPIC_JSON if tenant.profile == "epic" else FHIR_JSON


def search_refusal(tenant: Tenant, resource_type: str, params: dict[str, list[str]]) -> dict | None:
    """Epic refuses Observation/CarePlan searches without ``category`` or ``code`` (400)."""
    if tenant.profile != "epic" or resource_type not in ("Observation", "CarePlan"):
        return None
    if any(key.split(":")[0] in ("category", "code", "_id") for key in params):
        return None
    # Shape of epic_operationoutcome_400_required_category.json (Epic code 59108).
    return operation_outcome(
        "required",
        "Must have either code or category.",
        severity="fatal",
        diagnostics="Epic requires category or code for this search (59108).",
        expression=["category", "code"],
    )


def page_size(tenant: Tenant, resource_type: str, requested: str | None) -> str | None:
    """Cap ``_count`` at the EHR's maximum (Oracle Health: DocumentReference ≤ 100)."""
    cap = tenant.page_cap(resource_type)
    if requested is None:
        return None
    try:
        return str(min(max(int(requested), 0), cap))
    except ValueError:
        return str(cap)


def adapt_resource(tenant: Tenant, resource: dict, base: str) -> dict:
    """Rewrite one resource as this EHR would show it (note renditions, Binary URLs)."""
    if resource.get("resourceType") != "DocumentReference" or not resource.get("content"):
        return resource
    resource = copy.deepcopy(resource)
    allowed = tenant.note_content_types
    content = [
        item
        for item in resource["content"]
        if allowed is None or item.get("attachment", {}).get("contentType") in allowed
    ]
    for item in content:
        attachment = item.get("attachment", {})
        url = attachment.get("url", "")
        # Oracle Health hands out absolute Binary URLs (tests/payloads/oracle/documentreference_*).
        if tenant.profile == "cerner" and url.startswith("Binary/"):
            attachment["url"] = f"{base}/{url}"
    resource["content"] = content or resource["content"][:1]
    return resource


def adapt_searchset(tenant: Tenant, bundle: dict, resource_type: str, base: str) -> dict:
    """Per-profile changes to a searchset: adapted entries, Epic's outcome entries."""
    for entry in bundle.get("entry", []):
        entry["resource"] = adapt_resource(tenant, entry["resource"], base)
    if tenant.profile == "epic" and resource_type in ("DocumentReference", "Condition"):
        # Epic appends an OperationOutcome (search.mode = outcome) saying some sub-types were
        # withheld from this client (code 59204), even on a 200 (epic_*_with_outcome.json).
        outcome = operation_outcome(
            "suppressed",
            "Some results were not returned because the client is not authorized for them.",
            severity="warning",
            diagnostics="Client not authorized for Encounter Summary sub-type (59204).",
        )
        bundle.setdefault("entry", []).append(
            {"fullUrl": f"urn:uuid:outcome-{resource_type.lower()}", "resource": outcome,
             "search": {"mode": "outcome"}}
        )  # fmt: skip
    return bundle


def stored_on_create(tenant: Tenant, resource_type: str, body: bytes | None) -> bytes | None:
    """A created DocumentReference as this EHR stores it: without the fields it drops
    (``Tenant.create_drops``). Oracle Health ignores fields its create does not support (meta,
    identifier); Epic files a note from the content (docs/appeals.md §6)."""
    if resource_type != "DocumentReference" or not body or not tenant.create_drops:
        return body
    try:
        resource = json.loads(body)
    except ValueError:
        return body  # the engine answers malformed JSON itself
    if not isinstance(resource, dict):
        return body
    for name in tenant.create_drops:
        if name == "attachment.title":
            for content in resource.get("content") or []:
                if isinstance(content, dict) and isinstance(content.get("attachment"), dict):
                    content["attachment"].pop("title", None)
        else:
            resource.pop(name, None)
    return json.dumps(resource).encode()


def binary_response(tenant: Tenant, binary: dict, accept: str) -> tuple[int, str, bytes] | None:
    """Content negotiation for Binary reads; None means "answer with FHIR JSON".

    Oracle Health returns raw bytes only when ``Accept`` equals the attachment's contentType,
    FHIR JSON for ``application/fhir+json``, and refuses anything else (binary.md).
    """
    content_type = binary.get("contentType", "application/octet-stream")
    wanted = [part.split(";")[0].strip().lower() for part in accept.split(",") if part.strip()]
    if content_type.lower() in wanted:
        return 200, content_type, base64.b64decode(binary.get("data", ""))
    if tenant.profile == "cerner" and FHIR_JSON not in wanted:
        body = operation_outcome(
            "not-supported",
            f"Accept must be {FHIR_JSON} or the Binary's contentType ({content_type}).",
        )
        return 406, FHIR_JSON, json.dumps(body).encode()
    return None
