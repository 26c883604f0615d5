"""The public FHIR API ``/<tenant>/fhir/...``: bearer enforcement, scopes, profiles, faults.

Every request but ``/metadata`` (and discovery, served by the OAuth blueprint) needs an active
access token of that tenant: none/unknown/expired/revoked → 401, a resource type or patient
outside the grant → 403, each with an OperationOutcome. The app must never be tested only
against an open server.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from typing import Any

from flask import Blueprint, Flask, Response, current_app, request

from . import profiles
from .compartment import compartment_violation, create_violation
from .faults import FaultRule
from .scopes import permits, search_filter_refusal
from .tenants import Tenant, get_tenant

bp = Blueprint("gateway", __name__)
log = logging.getLogger(__name__)


def _state() -> Any:
    return current_app.extensions["sandbox"]


def fhir_response(tenant: Tenant, status: int, body: Any, headers: dict | None = None) -> Response:
    text = body if isinstance(body, (bytes, str)) else json.dumps(body)
    response = Response(text, status=status, content_type=profiles.json_content_type(tenant))
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _refuse(tenant: Tenant, status: int, code: str, text: str) -> Response:
    headers = {}
    if status == 401:
        headers["WWW-Authenticate"] = f'Bearer realm="{tenant.name}", error="invalid_token"'
    return fhir_response(tenant, status, profiles.operation_outcome(code, text), headers)


def _public_base(tenant: Tenant) -> str:
    return f"{_state().settings.public_origin}/{tenant.name}/fhir"


@bp.get("/<tenant_name>/fhir/metadata")
def metadata(tenant_name: str) -> Response:
    """CapabilityStatement with the SMART ``oauth-uris`` security extension (no token needed)."""
    from .oauth import smart_security_extension

    tenant = get_tenant(tenant_name)
    if tenant is None:
        return Response(status=404)
    statement = {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-11-01",
        "kind": "instance",
        # FHIR Bulk Data Access IG 2.0: Patient- and Group-level $export (sandbox/bulk).
        "instantiates": ["http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data"],
        "software": {"name": f"smartapp sandbox EHR ({tenant.profile} profile)"},
        "implementation": {"description": "Local sandbox", "url": _public_base(tenant)},
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [
            {
                "mode": "server",
                "security": smart_security_extension(tenant.name, _state().settings.public_origin),
                "resource": [_resource_capability(kind) for kind in SUPPORTED_TYPES],
            }
        ],
    }
    return fhir_response(tenant, 200, statement)


BULK_EXPORT = "http://hl7.org/fhir/uv/bulkdata/OperationDefinition/{}-export"


def _resource_capability(kind: str) -> dict[str, Any]:
    interactions = [{"code": "read"}, {"code": "search-type"}]
    entry: dict[str, Any] = {"type": kind, "interaction": interactions}
    if kind in ("Patient", "Group"):
        definition = BULK_EXPORT.format(kind.lower())
        entry["operation"] = [{"name": "export", "definition": definition}]
    return entry


SUPPORTED_TYPES = (
    "Patient", "Practitioner", "PractitionerRole", "Organization", "Coverage", "Condition",
    "Observation", "Procedure", "MedicationRequest", "Encounter", "DocumentReference", "Binary",
    "ServiceRequest", "DiagnosticReport", "CarePlan", "ImagingStudy", "Immunization",
    "AllergyIntolerance", "Device", "Goal", "CareTeam", "Location", "Medication",
    "DeviceRequest", "Group",
)  # fmt: skip


@bp.route("/<tenant_name>/fhir/<path:path>", methods=["GET", "POST", "PUT"])
def fhir(tenant_name: str, path: str) -> Response:
    tenant = get_tenant(tenant_name)
    if tenant is None:
        return Response("unknown tenant", status=404)
    # When the request arrived as well as when it was answered: a rate limit governs when
    # requests are sent, which the arrival shows and a slow answer on a busy machine does not.
    received = time.time()
    response = _handle(tenant, path)
    _state().requests.append(
        {"tenant": tenant.name, "method": request.method, "path": path,
         "query": request.query_string.decode(), "accept": request.headers.get("Accept"),
         "authorized": bool(request.headers.get("Authorization")),
         "status": response.status_code, "received": received, "at": time.time()}
    )  # fmt: skip
    return response


def _handle(tenant: Tenant, path: str) -> Response:
    state = _state()
    resource_type = path.split("/")[0]
    delay = state.faults.latency_for(tenant.name)
    if delay:
        time.sleep(delay)
    fault = state.faults.take(tenant.name, request.method, resource_type, path)
    if fault is not None and fault.action in ("status", "hang", "drop-connection"):
        early = _early_fault(tenant, fault)
        if early is not None:
            return early
    grant, refusal = _authorize(tenant, resource_type, path)
    if refusal is not None:
        return refusal
    response = _forward(tenant, path, resource_type, grant)
    if fault is not None and fault.action == "malformed-json":
        response.set_data(response.get_data()[: max(1, len(response.get_data()) // 2)])
    if fault is not None and fault.action == "loop-next":
        _loop_next(response)
    return response


def _early_fault(tenant: Tenant, fault: FaultRule) -> Response | None:
    if fault.action == "hang":
        time.sleep(fault.seconds)
        return None
    if fault.action == "drop-connection":
        sock = request.environ.get("werkzeug.socket")
        if isinstance(sock, socket.socket):
            sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        return Response(status=502)
    headers = {}
    if fault.retry_after is not None:
        headers["Retry-After"] = str(int(fault.retry_after))
    code = "throttled" if fault.status == 429 else "transient"
    return fhir_response(
        tenant, fault.status, profiles.operation_outcome(code, "Injected fault"), headers
    )


def _authorize(tenant: Tenant, resource_type: str, path: str) -> tuple[Any, Response | None]:
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith("bearer "):
        return None, _refuse(tenant, 401, "login", "Bearer token required.")
    grant = _state().store.find_access(header[7:].strip())
    if grant is None or not grant.is_active() or grant.tenant != tenant.name:
        return None, _refuse(tenant, 401, "expired", "Access token is invalid or expired.")
    interaction = _interaction(request.method, path)
    scope = permits(grant.scopes, resource_type, interaction)
    if scope is None:
        return None, _refuse(
            tenant, 403, "forbidden", f"The granted scopes do not allow {resource_type}."
        )
    if scope.context == "patient" and interaction == "c":
        problem = create_violation(grant.patient, resource_type, request.get_json(silent=True))
        if problem:
            return None, _refuse(tenant, 403, "forbidden", problem)
    elif scope.context == "patient":
        problem = compartment_violation(grant.patient, resource_type, path, request.args)
        if problem:
            return None, _refuse(tenant, 403, "forbidden", problem)
    if interaction == "s":
        params = {key: request.args.getlist(key) for key in request.args}
        problem = search_filter_refusal(grant.scopes, resource_type, params)
        if problem:
            return None, _refuse(tenant, 403, "forbidden", problem)
    return grant, None


def _interaction(method: str, path: str) -> str:
    """The SMART interaction a request needs: POST [type] creates (c), PUT updates (u), GET or
    POST [type]/_search searches (s), GET [type]/[id] reads (r)."""
    parts = path.strip("/").split("/")
    if method == "POST" and len(parts) == 1:
        return "c"
    if method == "PUT":
        return "u"
    return "s" if len(parts) == 1 or parts[1] == "_search" else "r"


def _forward(tenant: Tenant, path: str, resource_type: str, grant: Any) -> Response:
    state = _state()
    params = {key: request.args.getlist(key) for key in request.args}
    is_search = request.method == "GET" and "/" not in path.strip("/")
    if is_search:
        refusal = profiles.search_refusal(tenant, resource_type, params)
        if refusal is not None:
            return fhir_response(tenant, 400, refusal)
        count = profiles.page_size(tenant, resource_type, request.args.get("_count"))
        if count is not None:
            params["_count"] = [count]
    headers = {"X-Forwarded-Base": f"{state.settings.public_origin}/{tenant.name}"}
    if request.method in ("POST", "PUT"):
        headers["Content-Type"] = "application/fhir+json"
    sent = request.get_data() or None
    if request.method == "POST" and "/" not in path.strip("/"):
        sent = profiles.stored_on_create(tenant, resource_type, sent)
    status, _, body = state.engine.request(
        request.method, path, params=params, headers=headers, body=sent
    )
    if status >= 400 or not body:
        return fhir_response(tenant, status, body)
    document = json.loads(body)
    base = _public_base(tenant)
    if is_search and document.get("resourceType") == "Bundle":
        document = profiles.adapt_searchset(tenant, document, resource_type, base)
    elif resource_type == "Binary" and request.method == "GET":
        raw = profiles.binary_response(tenant, document, request.headers.get("Accept", ""))
        if raw is not None:
            return Response(raw[2], status=raw[0], content_type=raw[1])
    else:
        document = profiles.adapt_resource(tenant, document, base)
    return fhir_response(tenant, status, document)


def _loop_next(response: Response) -> None:
    try:
        bundle = json.loads(response.get_data())
    except ValueError:
        return
    links = bundle.get("link", [])
    self_url = next((link["url"] for link in links if link["relation"] == "self"), None)
    if self_url:
        bundle["link"] = [
            {"relation": "self", "url": self_url},
            {"relation": "next", "url": self_url},
        ]
        response.set_data(json.dumps(bundle))


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
