"""A patient's record bundle from a population run's staged export.

The export holds the patient-compartment resources; the rest is read through the one network
seam with the backend token, the way a check reads it: the note texts a lookback window can reach
(the check's window, :func:`smartapp.scoring.notes_window`; older notes are listed as not
fetched), and the ordering clinicians. Unreadable export lines staged for the patient become
"could not check" warnings on their type.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..evidence.bundle import REQUEST_TYPES
from ..fhir.bundle import record_bundle
from ..fhir.client import FhirClient
from ..fhir.progress import Progress
from ..fhir.retrieve import Retrieval
from ..scoring import notes_window

OPEN_ORDER = ("draft", "active")


def note_window(as_of: dt.date) -> Any:
    """The check's note window: from the orders read, the earliest note date that can count."""

    def since(resources: dict[str, dict]) -> dt.date | None:
        entries = [{"resource": r} for r in resources.values()
                   if r.get("resourceType") in ("Patient", *REQUEST_TYPES)]  # fmt: skip
        return notes_window({"resourceType": "Bundle", "type": "collection", "entry": entries},
                            None, as_of=as_of)  # fmt: skip

    return since


def _requesters(resources: dict[str, dict]) -> set[str]:
    """The Practitioner ids that the draft or active orders name as requester."""
    found = set()
    for key, order in resources.items():
        if key.split("/")[0] in REQUEST_TYPES and order.get("status") in OPEN_ORDER:
            requester = order.get("requester")
            parts = str((requester or {}).get("reference") or "").split("/") if isinstance(
                requester, dict) else []  # fmt: skip
            if len(parts) >= 2 and parts[-2] == "Practitioner" and parts[-1]:
                found.add(parts[-1])
    return found


def staged_record(client: FhirClient, resources: list[dict[str, Any]], as_of: dt.date) -> Any:
    """The record bundle and note texts from exported resources; notes in a lookback window
    are fetched through the client (the backend token), older ones listed as not fetched."""
    run = Retrieval(client, Progress())
    run.notes_since = note_window(as_of)
    run.orders_pending = 1
    documents = []
    for resource in resources:
        if resource.get("resourceType") == "OperationOutcome":  # an unreadable export line
            for issue in resource.get("issue") or []:
                kind = (issue.get("expression") or ["Resource"])[0]
                run.warn(kind, str(issue.get("code") or "processing"),
                         str(issue.get("diagnostics") or ""))  # fmt: skip
        elif run.keep(resource) and resource.get("resourceType") == "DocumentReference":
            documents.append(resource)
    for document in documents:
        if document.get("content"):
            run.queue_note(document)  # held until the orders decide the window
    # The ordering clinicians are outside the patient compartment, so not in a patient-level
    # export: read by id as a check reads its order's (the NPI is a checklist item), for every
    # open order, since each checkable one is scored.
    for practitioner in sorted(_requesters(run.resources)):
        run.submit(run.read, "Practitioner", practitioner)
    run.orders_read()
    run.run_until_done()
    bundle = record_bundle(client.base_url, run.resources, run.binaries, run.warnings,
                           run.not_fetched)  # fmt: skip
    return bundle, run.texts, run.warnings
