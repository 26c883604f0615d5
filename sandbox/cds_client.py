"""The sandbox EHR as a CDS Hooks client: it calls the app's hooks when an order is drafted or
signed on its EHR page, as Epic and Oracle Health do, and shows the cards.

Each call is signed as a real CDS client signs one: an ES384 JWT (``iss`` = ``{origin}/cds-client``,
``aud`` = the service URL, five-minute ``exp``, a fresh ``jti``) with a key made at start-up whose
public half is served at ``/cds-client/jwks.json`` (what an admin registers with the app). The
request carries the draft order(s) in ``context.draftOrders``, the prefetch the service's
discovery asks for (read from the engine, as an EHR answers its own prefetch), and
``fhirServer`` + ``fhirAuthorization`` — a read token for that patient — so the service can read
what was not prefetched. ``prefetch`` = "full" | "partial" (Patient and orders only) | "none".
"""

from __future__ import annotations

import secrets
import time
import uuid
from typing import Any

import requests
from flask import Blueprint, Flask, current_app, jsonify
from joserfc import jwt
from joserfc.jwk import ECKey

from sandbox.oauth import directory
from sandbox.oauth.state import app_url, fhir_base, public_origin
from sandbox.tokens import Grant
from smartapp.net import new_session

bp = Blueprint("sandbox_cds", __name__)
EXTENSION = "sandbox.cds_key"
ALG = "ES384"
#: Longer than an EHR waits: the app's own deadline (HOOK_DEADLINE_SECONDS) is what is tested.
HOOK_TIMEOUT = (3.0, 30.0)
SERVICES = {"order-select": "pa-docs-order-select", "order-sign": "pa-docs-order-sign"}
PARTIAL_KEYS = ("patient", "orders", "devices")


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = ECKey.generate_key("P-384", auto_kid=True)
    app.register_blueprint(bp)


def _key() -> ECKey:
    return current_app.extensions[EXTENSION]


def issuer() -> str:
    return f"{public_origin()}/cds-client"


@bp.get("/cds-client/jwks.json")
def jwks() -> Any:
    """The public key the app verifies the sandbox's hook calls with."""
    public = dict(_key().as_dict(private=False))
    public.update({"use": "sig", "alg": ALG})
    return jsonify({"keys": [public]})


def signed_jwt(aud: str, *, lifetime: int = 300, **claims: Any) -> str:
    """A CDS Hooks client JWT for ``aud`` (extra ``claims`` override, for refusal tests)."""
    now = int(time.time())
    payload = {"iss": issuer(), "sub": "sandbox-ehr", "aud": aud, "iat": now,
               "exp": now + lifetime, "jti": secrets.token_urlsafe(16), **claims}  # fmt: skip
    header = {"alg": ALG, "typ": "JWT", "kid": _key().kid}
    return jwt.encode(header, payload, _key(), algorithms=[ALG])


def _searchset(resources: list[dict[str, Any]]) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": "searchset", "total": len(resources),
            "entry": [{"resource": r, "search": {"mode": "match"}} for r in resources]}  # fmt: skip


def _prefetch(templates: dict[str, str], patient: str, which: str) -> dict[str, Any]:
    """Answer the service's prefetch templates from the engine (the EHR's own data)."""
    engine = current_app.extensions["sandbox"].engine
    out: dict[str, Any] = {}
    for key, template in templates.items():
        if which == "none" or (which == "partial" and key not in PARTIAL_KEYS):
            continue
        query = template.replace("{{context.patientId}}", patient)
        if "?" not in query:
            kind, _, ident = query.partition("/")
            out[key] = engine.read(kind, ident)
            continue
        kind, _, params = query.partition("?")
        filters = dict(part.split("=", 1) for part in params.split("&") if "=" in part)
        out[key] = _searchset(engine.search(kind, filters))
    return out


def _read_token(tenant: str, patient: str) -> dict[str, Any]:
    """A short-lived patient read token for the service (fhirAuthorization)."""
    grant = Grant(access_token=secrets.token_urlsafe(32), client_id="cds-hooks-service",
                  tenant=tenant, scope="patient/*.read", patient=patient,
                  expires_at=time.time() + 300)  # fmt: skip
    current_app.extensions["sandbox"].store.add(grant)
    return {"access_token": grant.access_token, "token_type": "Bearer", "expires_in": 300,
            "scope": grant.scope, "subject": "cds-hooks-service", "patient": patient}  # fmt: skip


def discovery() -> dict[str, Any]:
    with new_session(timeout=HOOK_TIMEOUT) as http:
        response = http.get(f"{app_url()}/cds-services")
    response.raise_for_status()
    return {service["id"]: service for service in response.json().get("services", [])}


def build_request(
    hook: str, tenant: str, patient: str, practitioner: str, orders: list[str],
    prefetch: str = "full", authorize: bool = True,
) -> dict[str, Any]:
    """``{"url", "jwt", "body"}`` of a hook call for ``orders`` (ServiceRequest ids, or
    ``DeviceRequest/<id>`` for an equipment order)."""
    service_id = SERVICES[hook]
    service = discovery()[service_id]
    engine = current_app.extensions["sandbox"].engine
    refs = [directory.order_reference(order).partition("/") for order in orders]
    drafts = [engine.read(kind, ident) for kind, _, ident in refs]
    drafts = [{**draft, "status": "draft"} for draft in drafts if draft]
    context: dict[str, Any] = {
        "userId": f"Practitioner/{practitioner}", "patientId": patient,
        "draftOrders": {"resourceType": "Bundle", "type": "collection",
                        "entry": [{"resource": d} for d in drafts]},
    }  # fmt: skip
    if hook == "order-select":
        context["selections"] = [f"{d['resourceType']}/{d['id']}" for d in drafts]
    body: dict[str, Any] = {"hook": hook, "hookInstance": str(uuid.uuid4()), "context": context,
                            "prefetch": _prefetch(service.get("prefetch", {}), patient, prefetch)}
    if authorize:
        body["fhirServer"] = fhir_base(tenant)
        body["fhirAuthorization"] = _read_token(tenant, patient)
    url = f"{app_url()}/cds-services/{service_id}"
    return {"url": url, "jwt": signed_jwt(url), "body": body}


def send(call: dict[str, Any]) -> requests.Response:
    with new_session(timeout=HOOK_TIMEOUT) as http:
        return http.post(call["url"], json=call["body"],
                         headers={"Authorization": f"Bearer {call['jwt']}"})  # fmt: skip


def send_feedback(hook: str, card: str, outcome: str, reason: dict | None = None) -> int:
    """Tell the service what the clinician did with a card; returns the HTTP status."""
    url = f"{app_url()}/cds-services/{SERVICES[hook]}/feedback"
    item: dict[str, Any] = {"card": card, "outcome": outcome,
                            "outcomeTimestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    if reason:
        item["overrideReason"] = {"reason": reason}
    with new_session(timeout=HOOK_TIMEOUT) as http:
        response = http.post(url, json={"feedback": [item]},
                             headers={"Authorization": f"Bearer {signed_jwt(url)}"})  # fmt: skip
    return response.status_code
