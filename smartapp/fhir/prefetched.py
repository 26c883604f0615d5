"""A patient's record from what a CDS Hooks call brought, completed over FHIR where it can be.

A hook call carries the EHR's ``prefetch`` (one search Bundle per resource type, or the Patient)
and its draft orders; it may also carry ``fhirServer`` and an access token. The record is read
the way :mod:`smartapp.fhir.retrieve` reads one — the same :class:`Retrieval`, the same note
fetching, the same "could not check" warnings — except that a prefetched Bundle stands in for
its search. A type the EHR did not prefetch is searched through the one client seam when there
is a client, and is otherwise a "could not check" warning: never an empty, "missing" type.
"""

from __future__ import annotations

import logging
from typing import Any

from .bundle import record_bundle
from .client import FhirClient
from .progress import Progress, RecordResult
from .retrieve import Retrieval, next_link
from .searches import SEARCHED_TYPES, Search, searches_for

log = logging.getLogger(__name__)

#: Where a record without a FHIR server says its resources came from (fullUrl base).
PREFETCH_BASE = "urn:cds-hooks:prefetch"


class _Prefetched(Retrieval):
    """A retrieval that may have no client: then note text comes only from inline data."""

    def __init__(self, client: FhirClient | None):
        super().__init__(client, Progress())

    def note(self, document: dict) -> None:
        if self.client is not None:
            super().note(document)
            return
        inline = [
            item for item in document.get("content") or []
            if isinstance(item, dict) and (item.get("attachment") or {}).get("data")
        ]  # fmt: skip
        if inline:
            super().note({**document, "content": inline})
            return
        self.warn("DocumentReference", "forbidden",
                  f"note DocumentReference/{document.get('id')}: its text was not sent with the "
                  "hook and the EHR gave no FHIR access to read it")  # fmt: skip


def record_from_hook(
    client: FhirClient | None,
    patient_id: str,
    prefetched: dict[str, Any],
    drafts: list[dict[str, Any]],
) -> RecordResult:
    """The record bundle for a hook call.

    :param prefetched: resource type -> the prefetched Bundle (or the Patient resource); a type
        absent or None was not prefetched.
    :param drafts: the draft orders of ``context.draftOrders`` (kept first: the EHR's current
        version of an order wins over a stored one).
    """
    run = _Prefetched(client)
    for draft in drafts:
        run.keep(draft)
    patient = prefetched.get("Patient")
    if isinstance(patient, dict) and patient.get("resourceType") == "Patient":
        run.keep(patient)
    elif client is not None:
        run.submit(run.read, "Patient", patient_id)
    else:
        run.warn("Patient", "incomplete", "Patient: not sent with the hook")
    vendor = client.vendor if client is not None else None
    for resource_type in SEARCHED_TYPES:
        bundle = prefetched.get(resource_type)
        complete = isinstance(bundle, dict) and bundle.get("resourceType") == "Bundle"
        if complete and (next_link(bundle) is None or client is None):
            run.take_bundle(Search(resource_type), bundle)
            if next_link(bundle) is not None:
                run.warn(resource_type, "incomplete",
                         f"{resource_type}: the EHR sent one page and no FHIR access")  # fmt: skip
        elif client is not None:
            for search in searches_for(resource_type, patient_id, vendor):
                run.submit(run.search, search)
        else:
            run.warn(resource_type, "incomplete",
                     f"{resource_type}: not sent with the hook and no FHIR access to read it")
    if client is not None:
        for draft in drafts:
            _read_requester(run, draft)
    run.run_until_done()
    base = client.base_url if client is not None else PREFETCH_BASE
    bundle = record_bundle(base, run.resources, run.binaries, run.warnings)
    counts: dict[str, int] = {}
    for key in run.resources:
        counts[key.split("/")[0]] = counts.get(key.split("/")[0], 0) + 1
    log.info("fhir: hook record: %s resources, %s notes, %s warnings, fetched=%s",
             len(run.resources), len(run.binaries), len(run.warnings), client is not None)
    return RecordResult(bundle, run.warnings, counts)


def _read_requester(run: Retrieval, order: dict[str, Any]) -> None:
    reference = str((order.get("requester") or {}).get("reference") or "")
    parts = reference.split("/")
    if len(parts) >= 2 and parts[-2] == "Practitioner":
        run.submit(run.read, "Practitioner", parts[-1])
