"""Pieces of a check run's record read: progress written to the run row, which notes to fetch,
the launch order's service, and the two errors a read can end in before scoring."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from typing import Any

from flask import Flask
from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from ..checklists.requests import request_codes
from ..db import session_factory
from ..errors import InputError, NoClinicalAccessError
from ..fhir.searches import ORDER_TYPES
from ..launch.access import CLINICAL_TYPES, ReadAccess
from ..models import CheckRun
from ..scoring import notes_window
from .wording import RESOURCE_WORDS

PROGRESS_INTERVAL = 0.25


class ProgressWriter:
    """Writes retrieval progress to the run row, throttled (threads call it concurrently)."""

    def __init__(self, app: Flask, run_id: str):
        self.app, self.run_id = app, run_id
        self._last = 0.0
        self._lock = threading.Lock()

    def __call__(self, snapshot: dict[str, Any]) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._last < PROGRESS_INTERVAL:
                return
            self._last = now
        self.write(snapshot)

    def write(self, snapshot: dict[str, Any]) -> None:
        try:
            with session_factory(self.app)() as db:
                # Only while it runs: a finished run's progress is what its page last showed.
                db.execute(update(CheckRun)
                           .where(CheckRun.id == self.run_id, CheckRun.status == "running")
                           .values(progress=dict(snapshot)))  # fmt: skip
                db.commit()
        except OperationalError:
            pass  # progress is a courtesy; a busy database must not stop the retrieval


def notes_since(patient_id: str, run: CheckRun) -> Callable[[dict[str, dict]], dt.date | None]:
    """Which notes to fetch, decided from the orders read (issue 19): plain values are copied
    now because retrieval calls this on one of its own threads."""
    service, order_ref, as_of = run.requested_service, run.order_ref, run.as_of

    def since(resources: dict[str, dict]) -> dt.date | None:
        orders = [r for key, r in resources.items() if key.split("/")[0] in ORDER_TYPES]
        entries = [{"resource": {"resourceType": "Patient", "id": patient_id}}]
        bundle = {"resourceType": "Bundle", "type": "collection",
                  "entry": entries + [{"resource": order} for order in orders]}  # fmt: skip
        wanted = service or service_of_order(bundle, order_ref)
        return notes_window(bundle, wanted, as_of=as_of)

    return since


def service_of_order(bundle: dict[str, Any], order_ref: str | None) -> str | None:
    """The CPT/HCPCS code of the launch's order, when it was read and carries one."""
    if not order_ref:
        return None
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        if f"{resource.get('resourceType')}/{resource.get('id')}" == order_ref:
            codes = [c.code for c in request_codes(resource) if c.system in ("cpt", "hcpcs")]
            return codes[0] if codes else None
    return None


class NeedsService(InputError):
    """The record has no order this app can check: the user picks the service instead."""

    title = "Choose the service to check"
    advice = "Pick the requested service below; the check runs again with it."

    def __init__(self, service: str | None, reason: str, unread_order: str | None = None):
        if unread_order is not None:
            # The EHR withheld the order's type: "no order" would be a false "missing", and the
            # newest other order is not the one the clinician launched the check for.
            kind = unread_order.split("/")[0]
            message = (f"The order under review ({kind}) could not be checked: the EHR did not "
                       f"grant access to {RESOURCE_WORDS.get(kind, kind)}.")  # fmt: skip
        elif service is None:
            message = "No draft or active order with a CPT/HCPCS code was found for this patient."
        else:
            message = f"No CareSource checklist covers {service} yet."
        super().__init__(message, detail=reason)


def no_clinical_access(access: ReadAccess) -> NoClinicalAccessError:
    """The error of a launch that may read no clinical resource type."""
    readable = sorted(set(CLINICAL_TYPES) - set(access.withheld))
    detail = f"readable clinical types: {', '.join(readable) or 'none'}"
    return NoClinicalAccessError(
        "The EHR granted this launch no read access to the patient's clinical data (conditions, "
        "notes, observations, orders, coverage), so there is nothing to check.",
        detail=detail,
    )
