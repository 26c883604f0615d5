"""Retrieve one patient's record: overlapping searches, every page, note Binaries, honest gaps.

Searches run on a thread pool bounded per EHR (``concurrency``, default 4); each follows its
``next`` links verbatim (Epic's opaque sessionID URLs, Cerner's -pageContext) up to a page cap,
stopping with a warning on a repeated URL. Note Binaries are fetched as soon as their
DocumentReference page arrives, on the same pool -- or, given ``notes_since`` (the earliest date
a scoring can read a note's text, known once the orders are read: smartapp.checklists.lookback),
once the order searches have finished: a dated note older than that is not requested and is
listed as not fetched (a notice, not a gap; docs/record-bundle.md). Whatever cannot be read -- a
403, a scope not granted, an OperationOutcome entry, a timeout, a missing Binary -- becomes a
:class:`CouldNotCheck` and an OperationOutcome in the record bundle, never a silent gap.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from .bundle import record_bundle
from .client import FhirClient
from .progress import Progress, RecordResult
from .requester import read_requester
from .retrieval import MAX_PAGES, NotesSince, Retrieval
from .searches import ORDER_TYPES, RECORD_TYPES, Search, narrowed_searches, plan

log = logging.getLogger(__name__)


def choose_order(resources: dict[str, dict], order_ref: str | None) -> dict | None:
    """The order under review: the launch's fhirContext order (a ServiceRequest or a
    DeviceRequest), else the newest draft/active order of either type."""
    if order_ref:
        return resources.get(order_ref)
    orders = [
        r for key, r in resources.items()
        if key.split("/")[0] in ORDER_TYPES and r.get("status") in ("draft", "active")
    ]  # fmt: skip
    return max(orders, key=lambda r: str(r.get("authoredOn") or ""), default=None)


def _order_and_requester(run: Retrieval, search: Search, order_ref: str | None) -> None:
    """Orders of one type, then the dependent reads: the fhirContext order of that type if the
    search did not find it; the last order search to end reads the chosen order's requester
    (only then are the orders of every type known)."""
    kind = search.resource_type
    try:
        run.search(search)
        if order_ref and order_ref not in run.resources:
            ref_kind, _, order_id = order_ref.partition("/")
            if ref_kind == kind and order_id:
                run.read(kind, order_id)
    finally:
        run.orders_read()  # the notes wait for the order, not for its requester
    with run._lock:  # other searches keep adding resources while this thread reads them
        run.order_searches -= 1
        if run.order_searches > 0:
            return
        resources = dict(run.resources)
    order = choose_order(resources, order_ref)
    # A PractitionerRole requester, or the roles of a Practitioner one: where FHIR keeps the
    # ordering provider's work phone and fax (smartapp.fhir.requester).
    read_requester(run, str(((order or {}).get("requester") or {}).get("reference") or ""))


def fetch_patient_record(
    client: FhirClient,
    patient_id: str,
    *,
    order_ref: str | None = None,
    progress: Callable[[dict], None] | None = None,
    unreadable_types: dict[str, str] | None = None,
    narrowed: dict[str, tuple[dict[str, str], ...]] | None = None,
    max_pages: int = MAX_PAGES,
    notes_since: NotesSince | None = None,
) -> RecordResult:
    """Read the patient's record; raises FhirAuthError only when the token is refused for good.

    :param order_ref: ``ServiceRequest/ID`` or ``DeviceRequest/ID`` from the launch's
        fhirContext (or a CDS card's appContext), if any.
    :param progress: called with a dict (searches done/total, notes fetched/total) as work ends.
    :param unreadable_types: types the granted scopes exclude (type -> reason); not requested.
    :param narrowed: types the granted scopes narrow (type -> search filters, e.g.
        ``{"Observation": ({"category": "vital-signs"},)}``): only those are searched, and the
        type is reported "incomplete", so nothing found there reads as missing.
    :param notes_since: given the resources read once the order searches end, the earliest
        date a note's text can count (None: every note); older dated notes are not fetched.
    """
    skipped = dict(unreadable_types or {})
    tracker = Progress(callback=progress)
    run = Retrieval(client, tracker, max_pages)
    run.skipped = skipped
    for resource_type in RECORD_TYPES:
        if resource_type in skipped:
            run.warn(resource_type, "forbidden", f"{resource_type}: {skipped[resource_type]}")
    narrowed = {k: v for k, v in (narrowed or {}).items() if k not in skipped}
    searches = [
        s for s in plan(patient_id, client.vendor)
        if s.resource_type not in skipped and s.resource_type not in narrowed
    ]  # fmt: skip
    for resource_type, filters in narrowed.items():
        if resource_type not in RECORD_TYPES or resource_type in ("Patient", "Practitioner"):
            continue  # read by id, not searched: a filter does not narrow a read
        searches += narrowed_searches(resource_type, patient_id, client.vendor, filters)
        granted = " or ".join("&".join(f"{k}={v}" for k, v in f.items()) for f in filters)
        run.warn(resource_type, "incomplete",
                 f"{resource_type}: partial read, the EHR granted only {granted}")  # fmt: skip
    tracker.update(searches_total=len(searches) + 1)
    run.notes_since = notes_since
    run.order_searches = sum(1 for s in searches if s.resource_type in ORDER_TYPES)
    run.orders_pending = run.order_searches + 1
    # Longest chain first: DocumentReference pages -> Binaries; orders -> requester.
    for search in searches:
        if search.resource_type in ORDER_TYPES:
            run.submit(_order_and_requester, run, search, order_ref)
        else:
            run.submit(run.search, search)
    if "Patient" not in skipped:
        run.submit(run.read, "Patient", patient_id)
    run.orders_read()  # the extra count above: releases the notes when no order is searched
    run.run_until_done()
    tracker.update(searches_done=1)
    bundle = record_bundle(client.base_url, run.resources, run.binaries, run.warnings,
                           run.not_fetched)  # fmt: skip
    counts: dict[str, int] = {}
    for key in run.resources:
        kind = key.split("/")[0]
        counts[kind] = counts.get(kind, 0) + 1
    log.info("fhir: record read: %s resources, %s notes, %s warnings",
             len(run.resources), len(run.binaries), len(run.warnings))  # fmt: skip
    return RecordResult(bundle, run.warnings, counts, tracker.notes_fetched, tracker.notes_total,
                        dict(run.not_fetched), run.texts)  # fmt: skip
