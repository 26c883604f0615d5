"""One hook call, from request body to cards: read the call, build the record, score each order.

The judgement is the app's own: the record is built by :func:`smartapp.evidence.build_record`
and scored by :func:`smartapp.scoring.choose_service` / :func:`smartapp.scoring.score_record`,
the path a launched check takes (``smartapp.checks.runner``), so a card and the app's page
agree. FHIR reads go through the one client seam with the hook's own access token, only to a
``fhirServer`` the calling EHR is registered for; the token is never logged or stored.
The work runs on a small pool with a deadline (``HOOK_DEADLINE_SECONDS``): an EHR waits for
hooks, so when the check cannot finish in time the answer is a "could not check" card.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

from ..checklists import load_catalog
from ..checklists.requests import request_codes
from ..checks.budget import budget, guard
from ..errors import HookRequestError, InputError, SmartAppError
from ..evidence import build_record
from ..fhir import FhirClient, StaticToken
from ..fhir.prefetched import record_from_hook
from ..fhir.searches import ORDER_TYPES
from ..launch.registry import ServerConfig
from ..scoring import choose_service, score_record
from .clients import CdsClient, fhir_server_for
from .suggestions import diagnosis_suggestions

log = logging.getLogger(__name__)

#: service id -> hook. Both check the same draft orders; order-select only the ones selected.
SERVICES = {"pa-docs-order-select": "order-select", "pa-docs-order-sign": "order-sign"}
#: Prefetch key -> (resource type, template): what the checklists read (smartapp.fhir.searches).
PREFETCH = {
    "patient": ("Patient", "Patient/{{context.patientId}}"),
    "conditions": ("Condition", "Condition?patient={{context.patientId}}"),
    "observations": ("Observation", "Observation?patient={{context.patientId}}"),
    "notes": ("DocumentReference", "DocumentReference?patient={{context.patientId}}"),
    "procedures": ("Procedure", "Procedure?patient={{context.patientId}}"),
    "orders": ("ServiceRequest", "ServiceRequest?patient={{context.patientId}}"),
    "devices": ("DeviceRequest", "DeviceRequest?patient={{context.patientId}}"),
    "coverage": ("Coverage", "Coverage?patient={{context.patientId}}"),
    "medications": ("MedicationRequest", "MedicationRequest?patient={{context.patientId}}"),
    "encounters": ("Encounter", "Encounter?patient={{context.patientId}}"),
    "reports": ("DiagnosticReport", "DiagnosticReport?patient={{context.patientId}}"),
    "careplans": ("CarePlan", "CarePlan?patient={{context.patientId}}"),
}
POOL = "hooks.pool"


def discovery() -> dict[str, Any]:
    """The ``/cds-services`` document."""
    titles = {"order-select": "when an order is chosen", "order-sign": "before an order is signed"}
    return {
        "services": [
            {
                "id": service_id,
                "hook": hook,
                "title": f"Prior-auth documentation gaps ({hook})",
                "description": "Checks the chart against the payer's prior-authorization "
                f"checklist for each draft order {titles[hook]}, and names what is missing.",
                "prefetch": {key: template for key, (_, template) in PREFETCH.items()},
                "usageRequirements": "Register the EHR's JWT issuer and JWKS with the app "
                "(launch.json cds_clients); see docs/hooks.md.",
            }
            for service_id, hook in SERVICES.items()
        ]
    }


@dataclass
class HookCall:
    """What one hook request asks: whose chart, which draft orders, what the EHR sent along."""

    hook: str
    instance: str
    patient_id: str
    user: str
    drafts: list[dict[str, Any]]
    #: The orders to put a card on: order-select's selections, else every draft.
    focus: list[dict[str, Any]]
    prefetched: dict[str, Any] = field(default_factory=dict)
    fhir_server: str | None = None
    token: str | None = field(default=None, repr=False)


def _ref(resource: dict[str, Any]) -> str:
    return f"{resource.get('resourceType')}/{resource.get('id')}"


def read_call(body: Any, service_id: str) -> HookCall:
    """Validate a hook request body (HookRequestError names what is wrong, never its values)."""
    hook = SERVICES[service_id]
    if not isinstance(body, dict) or body.get("hook") != hook:
        raise HookRequestError(f"This service answers the {hook} hook; the body is not one.")
    context = body.get("context")
    if not isinstance(context, dict) or not isinstance(context.get("patientId"), str):
        raise HookRequestError("context.patientId is missing.")
    bundle = context.get("draftOrders")
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        raise HookRequestError("context.draftOrders must be a FHIR Bundle.")
    drafts = [
        entry["resource"] for entry in bundle.get("entry") or []
        if isinstance(entry, dict) and isinstance(entry.get("resource"), dict)
        and entry["resource"].get("resourceType") in ORDER_TYPES
    ]  # fmt: skip
    for number, draft in enumerate(drafts, start=1):
        draft.setdefault("id", f"draft-{number}")  # ids may be absent in a draft (CDS Hooks)
    focus = drafts
    if hook == "order-select":
        chosen = set(context.get("selections") or [])
        focus = [draft for draft in drafts if _ref(draft) in chosen]
    prefetch = body.get("prefetch") if isinstance(body.get("prefetch"), dict) else {}
    prefetched = {PREFETCH[key][0]: value for key, value in prefetch.items()
                  if key in PREFETCH and isinstance(value, dict)}  # fmt: skip
    auth = body.get("fhirAuthorization")
    token = auth.get("access_token") if isinstance(auth, dict) else None
    server = body.get("fhirServer")
    if token and not isinstance(server, str):
        raise HookRequestError("fhirAuthorization needs fhirServer.")
    return HookCall(
        hook=hook, instance=str(body.get("hookInstance") or ""),
        patient_id=context["patientId"], user=str(context.get("userId") or ""),
        drafts=drafts, focus=focus, prefetched=prefetched,
        fhir_server=server if isinstance(server, str) else None,
        token=token if isinstance(token, str) and token else None,
    )  # fmt: skip


def fhir_access(app: Flask, client: CdsClient, call: HookCall) -> tuple[FhirClient | None, str]:
    """A FHIR client with the hook's token, or None (and why) when the record must do without."""
    if not call.fhir_server or not call.token:
        return None, "no FHIR access was given"
    server = fhir_server_for(client, call.fhir_server)
    if server is None:
        # The token goes nowhere this EHR is not registered for (it could be anyone's server).
        log.warning("hook fhirServer not registered for iss=%s; reading prefetch only", client.iss)
        return None, "the FHIR server is not registered for this EHR"
    budget(app).check(server.iss, server.id)
    fhir = FhirClient(
        server.iss, StaticToken(call.token), vendor=server.vendor,
        concurrency=int(app.config.get("FHIR_CONCURRENCY", 4)),
        allowed_hosts=server.binary_hosts, timeout=(2.0, 5.0), max_attempts=2, max_wait=1.0,
    )  # fmt: skip
    guard(app, fhir, server)
    return fhir, ""


def server_of(client: CdsClient, call: HookCall) -> ServerConfig | None:
    return fhir_server_for(client, call.fhir_server) if call.fhir_server else None


def order_service(order: dict[str, Any]) -> str | None:
    """The CPT/HCPCS code of a draft order (the one ``smartapp.checks.runner`` checks)."""
    codes = [c.code for c in request_codes(order) if c.system in ("cpt", "hcpcs")]
    return codes[0] if codes else None


def _score(app: Flask, fhir: FhirClient | None, call: HookCall, as_of: Any) -> list[tuple]:
    """(order, report, suggestions) for each focused order with a checklist; on the pool."""
    with app.app_context():
        result = record_from_hook(fhir, call.patient_id, call.prefetched, call.drafts)
        catalog = load_catalog()
        scored = []
        for order in call.focus:
            code = order_service(order)
            if code is None:
                continue
            record = build_record(result.bundle)  # per order: scoring adds note findings to it
            try:
                chosen = choose_service(record, code, catalog)
            except InputError:
                continue  # no checklist covers this service: nothing to say about it
            report = score_record(record, chosen, as_of=as_of)
            fixes = diagnosis_suggestions(report, order, record, chosen[2])
            scored.append((order, report, fixes))
        return scored


def check_orders(fhir: FhirClient | None, call: HookCall, as_of: Any) -> list[tuple]:
    """Score the focused orders within the deadline; TimeoutError/SmartAppError to the caller."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if POOL not in app.extensions:
        app.extensions[POOL] = ThreadPoolExecutor(4, thread_name_prefix="hook")
    future = app.extensions[POOL].submit(_score, app, fhir, call, as_of)
    deadline = float(app.config.get("HOOK_DEADLINE_SECONDS", 2.0))
    try:
        return future.result(timeout=deadline)
    except FutureTimeout:
        future.cancel()
        raise
    except SmartAppError:
        raise
