"""A patient's record bundle from a population run's staged export.

The export holds the patient-compartment resources; the rest is read through the one network
seam with the backend token, the way a check reads it: the note texts a lookback window can reach
(the check's window, :func:`smartapp.scoring.notes_window`; older notes are listed as not
fetched), and the ordering clinicians. Unreadable export lines staged for the patient become
"could not check" warnings on their type, and so does a type the export failed as a whole; a
type the manifest silently left out is searched for the patient over FHIR instead
(smartapp.population.whole_types).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..evidence.record import REQUEST_TYPES
from ..fhir.bundle import record_bundle
from ..fhir.client import FhirClient
from ..fhir.note_documents import presented_by_url, withdrawn
from ..fhir.progress import Progress
from ..fhir.requester import read_requester
from ..fhir.retrieval import Retrieval
from ..fhir.searches import searches_for
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
    """The ``Practitioner/<id>`` or ``PractitionerRole/<id>`` references that the draft or
    active orders name as requester."""
    found = set()
    for key, order in resources.items():
        if key.split("/")[0] in REQUEST_TYPES and order.get("status") in OPEN_ORDER:
            requester = order.get("requester")
            parts = str((requester or {}).get("reference") or "").split("/") if isinstance(
                requester, dict) else []  # fmt: skip
            if len(parts) >= 2 and parts[-2] in ("Practitioner", "PractitionerRole") and parts[-1]:
                found.add(f"{parts[-2]}/{parts[-1]}")
    return found


def _read_absent(run: Retrieval, patient_id: str, absent: tuple[str, ...]) -> None:
    """Search the absent types for the patient: orders now, before their requesters are read
    (in this thread: the note window waits for them too), the rest on the pool."""
    for kind in absent:
        if kind == "Patient":
            run.submit(run.read, "Patient", patient_id)
            continue
        for search in searches_for(kind, patient_id, run.client.vendor):
            if kind in REQUEST_TYPES:
                run.search(search)
            else:
                run.submit(run.search, search)


def staged_record(
    client: FhirClient, resources: list[dict[str, Any]], as_of: dt.date, *, patient_id: str = "",
    failed: dict[str, str] | None = None, absent: tuple[str, ...] = (),
) -> Any:  # fmt: skip
    """The record bundle and note texts from exported resources; notes in a lookback window
    are fetched through the client (the backend token), older ones listed as not fetched.

    ``failed``: types the export lost as a whole (type -> why): "could not check" on each, as a
    check records a failed search. ``absent``: types the manifest silently left out: searched
    for this patient over FHIR, the check's own searches (smartapp.population.whole_types).
    """
    run = Retrieval(client, Progress())
    run.notes_since = note_window(as_of)
    run.orders_pending = 1
    for kind, why in (failed or {}).items():
        run.warn(kind, "processing", why)
    _read_absent(run, patient_id, absent)
    documents = []
    for resource in resources:
        if resource.get("resourceType") == "OperationOutcome":  # an unreadable export line
            for issue in resource.get("issue") or []:
                kind = (issue.get("expression") or ["Resource"])[0]
                run.warn(kind, str(issue.get("code") or "processing"),
                         str(issue.get("diagnostics") or ""))  # fmt: skip
        elif run.keep(resource) and resource.get("resourceType") == "DocumentReference":
            documents.append(resource)
        elif resource.get("resourceType") == "DiagnosticReport" and presented_by_url(resource):
            documents.append(resource)  # its text is a Binary, fetched as a note's (issue 20a)
    for document in documents:
        if document.get("content") or document.get("presentedForm"):
            if not withdrawn(document):
                run.queue_note(document)  # held until the orders decide the window
    # The ordering clinicians (and their roles, which carry the work phone and fax) are outside
    # the patient compartment, so not in a patient-level export: read as a check reads its
    # order's (the NPI is a checklist item), for every open order, since each one is scored.
    for requester in sorted(_requesters(run.resources)):
        run.submit(read_requester, run, requester)
    run.orders_read()
    run.run_until_done()
    bundle = record_bundle(client.base_url, run.resources, run.binaries, run.warnings,
                           run.not_fetched)  # fmt: skip
    return bundle, run.texts, run.warnings
