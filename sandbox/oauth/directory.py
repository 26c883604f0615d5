"""People and orders the sandbox pages offer: practitioners (users), patients, draft orders.

Read from the FHIR engine (``EngineClient.search`` / ``read``). Scenario patients come first with
the one-line summary from ``sandbox/scenarios/manifest.json`` when that file exists, then the
generated patients with their roster summary (``sandbox/synthetic/roster.py``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from flask import current_app

from sandbox.synthetic.roster import ROSTER

log = logging.getLogger(__name__)

MANIFEST = Path(__file__).resolve().parents[1] / "scenarios" / "manifest.json"
FALLBACK_PRACTITIONER = "sandbox-clinician"
#: ServiceRequest statuses an EHR offers to launch an order-based app with.
OPEN_ORDERS = "draft,active,on-hold"


@dataclass(frozen=True)
class Choice:
    """One option of a picker: a resource id, a label and an optional summary line."""

    id: str
    label: str
    summary: str = ""


def _engine() -> Any:
    return current_app.extensions["sandbox"].engine


def search(
    resource_type: str, params: dict[str, str], limit: int | None = None
) -> list[dict[str, Any]]:
    """Search the engine (up to ``limit`` results); an engine failure shows as an empty picker,
    logged, never a traceback."""
    try:
        return list(_engine().search(resource_type, params, limit))
    except Exception as exc:  # the engine is another process; any failure must not break pages
        log.warning("engine search %s failed: %s", resource_type, type(exc).__name__)
        return []


def exists(resource_type: str, resource_id: str) -> bool:
    """True when the engine has ``resource_type/resource_id``."""
    if not resource_id or "/" in resource_id:
        return False
    try:
        return _engine().read(resource_type, resource_id) is not None
    except Exception as exc:  # see _search
        log.warning("engine read %s failed: %s", resource_type, type(exc).__name__)
        return False


def human_name(resource: dict[str, Any]) -> str:
    """``Given Family`` from the first HumanName (or the resource id)."""
    for name in resource.get("name") or []:
        if name.get("text"):
            return str(name["text"])
        parts = [*name.get("prefix", []), *name.get("given", []), name.get("family", "")]
        label = " ".join(part for part in parts if part).strip()
        if label:
            return label
    return str(resource.get("id", "?"))


@lru_cache(maxsize=4)
def _read_manifest(path: Path, mtime: float) -> dict[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    entries = data if isinstance(data, list) else data.get("scenarios", [])
    summaries: dict[str, str] = {}
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        patient = entry.get("patient_id") or entry.get("patient")
        summary = entry.get("summary") or entry.get("title") or entry.get("description") or ""
        if isinstance(patient, str):
            summaries[patient.removeprefix("Patient/")] = str(summary)
    return summaries


def scenario_summaries(path: Path = MANIFEST) -> dict[str, str]:
    """Patient id -> one-line scenario summary (empty when there is no manifest yet)."""
    try:
        return _read_manifest(path, path.stat().st_mtime)
    except (OSError, ValueError, AttributeError) as exc:
        if path.exists():
            log.warning("scenario manifest unreadable: %s", type(exc).__name__)
        return {}


def patients(limit: int = 200) -> list[Choice]:
    """Scenario patients first, then the generated ones (both with summaries), then every other
    patient, each group by name. ``limit`` is the page size: every page is read, so no patient
    is left out of the picker."""
    scenarios = scenario_summaries()
    summaries = {**scenarios, **{entry.id: entry.summary for entry in ROSTER}}
    found = search("Patient", {"_count": str(limit)})
    choices = [
        Choice(p["id"], f"{human_name(p)} ({p.get('birthDate', '?')})", summaries.get(p["id"], ""))
        for p in found
        if p.get("id")
    ]
    return sorted(
        choices, key=lambda c: (c.id not in scenarios, c.id not in summaries, c.label.lower())
    )


def practitioners(limit: int = 100) -> list[Choice]:
    """Practitioners who can sign in to the sandbox (a fallback user when there are none)."""
    found = search("Practitioner", {"_count": str(limit)})
    choices = sorted(
        (Choice(p["id"], human_name(p)) for p in found if p.get("id")),
        key=lambda c: c.label.lower(),
    )
    return choices or [Choice(FALLBACK_PRACTITIONER, "Sandbox Clinician")]


def _order_label(order: dict[str, Any]) -> str:
    code = order.get("code") or {}
    codings = code.get("coding") or []
    text = code.get("text") or next((c.get("display") for c in codings if c.get("display")), "")
    codes = ", ".join(c["code"] for c in codings if c.get("code"))
    status = "/".join(v for v in (order.get("status"), order.get("intent")) if v)
    return f"{text or 'Order'} [{codes}] ({status})" if codes else f"{text or 'Order'} ({status})"


def orders(patient_id: str) -> list[Choice]:
    """The patient's open orders (draft orders first): ServiceRequests by id, then equipment
    DeviceRequests as ``DeviceRequest/<id>``. A long record holds hundreds of completed lab and
    referral orders, which no one launches a prior-authorization check for."""
    query = {"patient": patient_id, "status": OPEN_ORDERS, "_count": "50"}
    found = [("", o) for o in search("ServiceRequest", query)]
    found += [("DeviceRequest/", o) for o in search("DeviceRequest", query)]
    return [
        Choice(f"{prefix}{o['id']}", _order_label(o))
        for prefix, o in sorted(found, key=lambda pair: pair[1].get("status") != "draft")
        if o.get("id")
    ]


def order_reference(order: str) -> str:
    """``ServiceRequest/<id>`` for a bare id (the picker's ServiceRequests), else as given."""
    return order if order.startswith("DeviceRequest/") else f"ServiceRequest/{order}"


def order_encounter(patient_id: str, order_id: str | None) -> str | None:
    """The order's encounter, else the patient's most recent encounter, as ``Encounter/<id>``."""
    if order_id:
        try:
            kind, _, ident = order_reference(order_id).partition("/")
            order = _engine().read(kind, ident) or {}
        except Exception:  # see _search
            order = {}
        reference = (order.get("encounter") or {}).get("reference")
        if isinstance(reference, str) and reference.startswith("Encounter/"):
            return reference.removeprefix("Encounter/")
    # One page, newest first: a long record has hundreds of encounters and the launch waits.
    found = search("Encounter", {"patient": patient_id, "_sort": "-date", "_count": "1"}, 1)
    return found[0]["id"] if found and found[0].get("id") else None
