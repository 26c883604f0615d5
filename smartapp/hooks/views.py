"""The CDS Hooks endpoints: discovery, the two services, feedback; CORS for browser EHRs.

Every service and feedback call is authenticated by the EHR's JWT (:mod:`.auth`) before its body
is read. Errors become JSON in smartapp/errors/pages.py (the one mapping). Each card shown is
recorded in the audit trail, so feedback can name the patient and order it was about.
"""

from __future__ import annotations

import logging
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from flask import Blueprint, Response, abort, current_app, jsonify, request, url_for

from ..checks.views import as_of_today
from ..db import get_session
from ..errors import HookRequestError, SmartAppError
from ..identity import person
from ..models import AuditEvent
from .auth import authenticate
from .cards import could_not_check_card, report_card
from .clients import CdsClient
from .service import (
    SERVICES,
    HookCall,
    check_orders,
    discovery,
    fhir_access,
    order_service,
    read_call,
)

bp = Blueprint("hooks", __name__, url_prefix="/cds-services")
log = logging.getLogger(__name__)
OUTCOMES = ("accepted", "overridden")


@bp.after_request
def _cors(response: Response) -> Response:
    """CDS Hooks: browser-based clients call services cross-origin. Any origin may: callers prove
    who they are with the bearer JWT, never with cookies (so no credentials are allowed)."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
    response.headers["Access-Control-Max-Age"] = "600"
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("")
def services() -> Any:
    return jsonify(discovery())


def _launch_url() -> str:
    """Where the card's SMART link sends the EHR (it adds ``iss`` and ``launch``)."""
    base = current_app.config.get("PUBLIC_URL")
    path = url_for("launch.ehr_launch")
    return base.rstrip("/") + path if base else request.host_url.rstrip("/") + path


def _actor(client: CdsClient, call: HookCall, server_iss: str | None) -> str:
    return person(server_iss or client.iss, call.user) or client.iss


@bp.post("/<service_id>")
def answer(service_id: str) -> Any:
    if service_id not in SERVICES:
        abort(404, "No such CDS service.")
    client = authenticate()
    call = read_call(request.get_json(silent=True), service_id)
    launch_url = _launch_url()
    cards: list[dict[str, Any]] = []
    shown: list[tuple[dict[str, Any], str, dict[str, Any] | None]] = []
    fhir, no_access = None, "the check stopped before reading the EHR"
    try:
        # Inside the try: a spent request budget is a "could not check" card, not a refusal.
        fhir, no_access = fhir_access(current_app, client, call)
        for order, report, fixes in check_orders(fhir, call, as_of_today()):
            ref = f"{order['resourceType']}/{order['id']}"
            cards.append(report_card(report, ref, launch_url, fixes))
            shown.append((cards[-1], ref, report))
    except FutureTimeout:
        log.warning("hook %s: check did not finish within the deadline", call.hook)
        cards, shown = _could_not(call, "The check did not finish in the time the EHR allows.",
                                  launch_url)  # fmt: skip
    except SmartAppError as error:
        log.warning("hook %s: check failed: %s ref=%s", call.hook, type(error).__name__,
                    error.support_id)  # fmt: skip
        cards, shown = _could_not(call, f"{error.message} (reference {error.support_id}).",
                                  launch_url)  # fmt: skip
    if fhir is None:
        log.info("hook %s answered from what it was sent only: %s", call.hook, no_access)
    _record_shown(client, call, shown, fhir.base_url if fhir else None)
    return jsonify({"cards": cards})


def _could_not(call: HookCall, why: str, launch_url: str) -> tuple[list, list]:
    """A "could not check" card for each draft order the service would have checked."""
    cards, shown = [], []
    for order in call.focus:
        if order_service(order) is None:
            continue
        ref = f"{order['resourceType']}/{order['id']}"
        cards.append(could_not_check_card("this order", why, ref, launch_url))
        shown.append((cards[-1], ref, None))
    return cards, shown


def _record_shown(client: CdsClient, call: HookCall, shown: list, server_iss: str | None) -> None:
    """One audit event per card: what the clinician was told, about which order (no text)."""
    db = get_session()
    for card, ref, report in shown:
        db.add(AuditEvent(
            actor=_actor(client, call, server_iss), role="clinician", action="hook_card_shown",
            patient_ref=f"Patient/{call.patient_id}",
            detail={"card": card["uuid"], "iss": client.iss, "hook": call.hook, "order": ref,
                    "indicator": card["indicator"],
                    "state": report["state"] if report else "could_not_check",
                    "service": (report or {}).get("service", {}).get("code")},
        ))  # fmt: skip
    db.commit()


@bp.post("/<service_id>/feedback")
def feedback(service_id: str) -> Any:
    """Record accepted / overridden cards (CDS Hooks 2.0 feedback) in the audit trail."""
    if service_id not in SERVICES:
        abort(404, "No such CDS service.")
    client = authenticate()
    body = request.get_json(silent=True)
    items = body.get("feedback") if isinstance(body, dict) else None
    if not isinstance(items, list) or not items:
        raise HookRequestError("The body needs a 'feedback' list.")
    db = get_session()
    for item in items:
        if not isinstance(item, dict) or item.get("outcome") not in OUTCOMES:
            raise HookRequestError("Each feedback needs a card and an outcome "
                                   "(accepted or overridden).")  # fmt: skip
        shown = (
            db.query(AuditEvent)
            .filter(AuditEvent.action == "hook_card_shown")
            .filter(AuditEvent.detail["card"].as_string() == str(item.get("card")))
            .first()
        )
        if shown is None or shown.detail.get("iss") != client.iss:
            raise HookRequestError("The feedback names a card this service did not give.")
        reason = (item.get("overrideReason") or {}) if item["outcome"] == "overridden" else {}
        coding = reason.get("reason") if isinstance(reason.get("reason"), dict) else {}
        db.add(AuditEvent(
            actor=shown.actor, role="clinician", action=f"hook_card_{item['outcome']}",
            patient_ref=shown.patient_ref,
            detail={"card": shown.detail["card"], "order": shown.detail.get("order"),
                    "hook": shown.detail.get("hook"),
                    "reason": str(coding.get("code") or "")[:64] or None,
                    "reason_text": str(coding.get("display") or "")[:200] or None,
                    "comment": str(reason.get("userComment") or "")[:1000] or None,
                    "suggestions": [str(s.get("id"))[:64] if isinstance(s, dict) else ""
                                    for s in item.get("acceptedSuggestions") or []],
                    "at": str(item.get("outcomeTimestamp") or "")[:40] or None},
        ))  # fmt: skip
    db.commit()
    log.info("hook feedback recorded: %d card(s)", len(items))
    return jsonify({})
