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
import time
from typing import Any

from ..bounded import BoundedStore
from ..errors import FhirError
from .bundle import record_bundle
from .client import FhirClient
from .progress import Progress, RecordResult
from .requester import read_requester
from .retrieval import Retrieval
from .search_paging import next_link
from .searches import SEARCHED_TYPES, Search, searches_for

log = logging.getLogger(__name__)

#: Where a record without a FHIR server says its resources came from (fullUrl base).
PREFETCH_BASE = "urn:cds-hooks:prefetch"


#: Note Binaries a hook read lately: (FHIR base, Binary URL, the DocumentReference's version)
#: -> the Binary. An EHR calls order-select and then order-sign for the same chart within
#: seconds, and a note's Binary is one HTTP round trip each (45 notes: over a second). Only a
#: URL a DocumentReference of the current call names is looked up, the DocumentReference's
#: version or lastUpdated is part of the key (an amended note is read again), entries live
#: ``BINARY_SECONDS`` and in memory only.
BINARY_SECONDS = 600
MAX_BINARIES = 2000
_binaries: BoundedStore[tuple[str, str, str], tuple[float, dict]] = BoundedStore(MAX_BINARIES)


def _note_key(base: str, url: str, document: dict) -> tuple[str, str, str]:
    meta = document.get("meta") or {}
    return base, url, str(meta.get("versionId") or meta.get("lastUpdated") or "")


def _recall(key: tuple[str, str, str]) -> dict | None:
    found = _binaries.get(key)
    if found is None or found[0] < time.monotonic():
        _binaries.discard(key)
        return None
    return found[1]


def _keep(key: tuple[str, str, str], binary: dict) -> None:
    _binaries.put(key, (time.monotonic() + BINARY_SECONDS, binary))


class _Prefetched(Retrieval):
    """A retrieval that may have no client: then note text comes only from inline data."""

    def __init__(self, client: FhirClient | None):
        super().__init__(client, Progress())

    def note(self, document: dict) -> None:
        if self.client is not None:
            self._note_via(self.client, document)
            return
        inline = [
            item for item in document.get("content") or []
            if isinstance(item, dict) and (item.get("attachment") or {}).get("data")
        ]  # fmt: skip
        if inline:
            super().note({**document, "content": inline})
            return
        kind = str(document.get("resourceType") or "DocumentReference")  # or a report's form
        self.warn(kind, "forbidden",
                  f"note {kind}/{document.get('id')}: its text was not sent with the "
                  "hook and the EHR gave no FHIR access to read it")  # fmt: skip


    def _note_via(self, client: FhirClient, document: dict) -> None:
        urls = []
        for item in document.get("content") or []:
            attachment = item.get("attachment") if isinstance(item, dict) else None
            url = attachment.get("url") if isinstance(attachment, dict) else None
            if isinstance(url, str) and url:
                try:
                    urls.append(client.resolve(url))
                except FhirError:
                    continue  # fetch_note says why, as a warning
        for url in urls:
            known = _recall(_note_key(client.base_url, url, document))
            if known is not None:
                with self._lock:
                    self.binaries[url] = known
                return
        super().note(document)
        problem = f"DocumentReference/{document.get('id')}:"
        if any(problem in warning.detail for warning in list(self.warnings)):
            return  # only a note read in full is kept
        for url in urls:
            if url in self.binaries:
                _keep(_note_key(client.base_url, url, document), self.binaries[url])


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
    # The same reads as a launch's fetch: the Practitioner and its roles, or the role and its
    # Practitioner (smartapp.fhir.requester).
    run.submit(read_requester, run, str((order.get("requester") or {}).get("reference") or ""))
