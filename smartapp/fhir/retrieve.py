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
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from datetime import date
from typing import Any

from ..errors import FhirAuthError, FhirError
from ..evidence.bundle import is_withheld
from ..evidence.dates import first_date
from ..evidence.notes import WITHDRAWN
from ..evidence.shapes import status_code
from .binaries import fetch_note
from .bundle import record_bundle
from .client import FhirClient
from .progress import CouldNotCheck, Progress, RecordResult
from .searches import (
    CATEGORIES,
    ORDER_TYPES,
    RECORD_TYPES,
    Search,
    narrowed_searches,
    plan,
    searches_for,
)  # fmt: skip

log = logging.getLogger(__name__)

MAX_PAGES = 50
#: Given the resources read once the orders are in: the earliest note date to fetch (None: all).
NotesSince = Callable[[dict[str, dict]], date | None]


def reason_for(error: FhirError) -> str:
    """The OperationOutcome issue code for a failed request."""
    status = getattr(error, "status", None)
    if status == 403:
        return "forbidden"
    if status in (404, 410):
        return "not-found"
    if error.retryable:
        return "timeout"
    return "processing"


class Retrieval:
    """One retrieval run: collects resources and warnings from many threads."""

    def __init__(self, client: FhirClient | None, progress: Progress, max_pages: int = MAX_PAGES):
        # None: nothing may be fetched (a hook call without FHIR access, smartapp.fhir.prefetched)
        self.client = client  # type: ignore[assignment]
        self.progress = progress
        self.max_pages = max_pages
        self.resources: dict[str, dict] = {}
        self.binaries: dict[str, dict] = {}
        self.texts: dict[str, str] = {}  # Binary URL -> the text extracted on the way in
        self.warnings: list[CouldNotCheck] = []
        self.skipped: dict[str, str] = {}  # types the scopes exclude: never requested
        self._lock = threading.Lock()
        workers = client.concurrency if client is not None else 2
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="fhir")
        self._futures: set[Future] = set()
        self.notes_since: NotesSince | None = None
        self.orders_pending = 0  # order searches still running; notes wait for them
        self.order_searches = 0  # the same, for the requester read (no release by the caller)
        self._cutoff: date | None = None
        self._decided = False  # whether notes_since has answered (or was not given)
        self._held: list[dict] = []
        self.not_fetched: dict[str, date] = {}  # DocumentReference key -> the note's date

    def submit(self, fn: Callable[..., Any], *args: Any) -> None:
        with self._lock:
            self._futures.add(self._pool.submit(fn, *args))

    def warn(self, resource_type: str, reason: str, detail: str) -> None:
        with self._lock:
            self.warnings.append(CouldNotCheck(resource_type, reason, detail))

    def keep(self, resource: dict) -> bool:
        """Store a resource once (Observation categories overlap); True when it was new."""
        key = f"{resource.get('resourceType')}/{resource.get('id')}"
        with self._lock:
            if key in self.resources:
                return False
            self.resources[key] = resource
            return True

    def run_until_done(self) -> None:
        """Wait for every task, including ones tasks submit; re-raise auth failures."""
        try:
            while True:
                with self._lock:
                    pending = {future for future in self._futures if not future.done()}
                    finished = self._futures - pending
                    self._futures = pending
                for future in finished:
                    future.result()
                if not pending:
                    return
                wait(pending, return_when=FIRST_COMPLETED)
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def search(self, search: Search) -> None:
        """Run one search across all its pages; notes are queued as their page arrives."""
        url: str | None = search.resource_type
        params: dict[str, str] | None = dict(search.params)
        seen: set[str] = set()
        pages = 0
        try:
            while url:
                bundle = self.client.get_json(url, params=params)
                pages += 1
                self._take_page(search, bundle)
                url, params = next_link(bundle), None  # next links are used verbatim
                if url and url in seen:
                    self.warn(
                        search.resource_type,
                        "incomplete",
                        f"{search.label}: the EHR's next link repeated; paging stopped",
                    )
                    break  # fmt: skip
                if url:
                    seen.add(url)
                if url and pages >= self.max_pages:
                    self.warn(
                        search.resource_type,
                        "incomplete",
                        f"{search.label}: more than {self.max_pages} pages; rest not read",
                    )
                    break  # fmt: skip
        except FhirAuthError:
            raise
        except FhirError as error:
            if (
                pages == 0
                and getattr(error, "status", None) == 400
                and (search.resource_type in CATEGORIES and "category" not in search.params)
                and not search.narrowed
            ):
                # Epic-like servers refuse category-less searches: ask per category instead.
                for retry in searches_for(search.resource_type, search.params["patient"],
                                          self.client.vendor, per_category=True):  # fmt: skip
                    self.progress.update(searches_total=1)
                    self.submit(self.search, retry)
            else:
                code = reason_for(error) if pages == 0 else "incomplete"
                self.warn(search.resource_type, code, f"{search.label}: {error.message}")
        finally:
            self.progress.update(searches_done=1)

    def take_bundle(self, search: Search, bundle: dict) -> None:
        """Keep a search Bundle read elsewhere (a hook's prefetch) as if ``search`` had read it."""
        self._take_page(search, bundle)

    def _take_page(self, search: Search, bundle: dict) -> None:
        if bundle.get("resourceType") != "Bundle":
            self.warn(search.resource_type, "processing", f"{search.label}: not a Bundle")
            return
        for entry in bundle.get("entry") or []:
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict):
                continue
            if resource.get("resourceType") == "OperationOutcome" or (
                (entry.get("search") or {}).get("mode") == "outcome"
            ):
                self._outcome_entry(search, resource)
            elif self.keep(resource):
                kind = resource.get("resourceType")
                if kind == "DocumentReference" and resource.get("content"):
                    if not withdrawn(resource):
                        self.queue_note(resource)
                elif kind == "DiagnosticReport" and presented_by_url(resource):
                    self.queue_note(resource)  # its presentedForm is its text (issue 20a)

    def _outcome_entry(self, search: Search, outcome: dict) -> None:
        """Epic's ``search.mode=outcome`` entries: what was withheld is a gap; notices (Epic's
        4101 "no results", 4119 "information available to the authorized user") are not."""
        for issue in outcome.get("issue") or []:
            if not isinstance(issue, dict) or not is_withheld(issue):
                continue
            text = issue.get("diagnostics") or (issue.get("details") or {}).get("text") or ""
            code = "forbidden" if issue.get("code") in ("forbidden", "security") else "incomplete"
            self.warn(search.resource_type, code,
                      f"{search.label}: the EHR withheld results ({text[:200]})")  # fmt: skip

    def queue_note(self, document: dict) -> None:
        """Fetch the note's text now, or hold it until the orders say which notes count."""
        with self._lock:
            if self.notes_since is not None and not self._decided:
                self._held.append(document)
                return
            cutoff = self._cutoff
        report = document.get("resourceType") == "DiagnosticReport"
        when = (first_date(document, "effectiveDateTime", "effectivePeriod.start", "issued")
                if report else first_date(document, "date", "context.period.start"))  # fmt: skip
        if cutoff is not None and when is not None and when < cutoff:
            if not report:  # an old report's text is never read either; only notes are listed
                with self._lock:
                    self.not_fetched[f"DocumentReference/{document.get('id')}"] = when
            return
        self.progress.update(notes_total=1)
        self.submit(self.note, document)

    def orders_read(self) -> None:
        """One order search ended; after the last, decide which notes to fetch and release them."""
        with self._lock:
            self.orders_pending -= 1
            if self.orders_pending > 0 or self.notes_since is None:
                return
            resources = dict(self.resources)
        try:
            cutoff = self.notes_since(resources)
        except Exception as error:  # held notes must never be lost: then every note is fetched
            log.warning("fhir: note window unknown (%s); every note is fetched",
                        type(error).__name__)  # fmt: skip
            cutoff = None
        with self._lock:
            self._cutoff, self._decided = cutoff, True
            held, self._held = self._held, []
        for document in held:
            self.queue_note(document)

    def note(self, document: dict) -> None:
        """Fetch a note's content, or a DiagnosticReport's presentedForm (its text as a file)."""
        kind = str(document.get("resourceType") or "DocumentReference")
        if kind == "DiagnosticReport":
            forms = [a for a in document.get("presentedForm") or [] if isinstance(a, dict)]
            fetched = fetch_note(self.client, {"content": [{"attachment": a} for a in forms]})
        else:
            fetched = fetch_note(self.client, document)
        if fetched.binary is not None and fetched.full_url:
            with self._lock:
                self.binaries[fetched.full_url] = fetched.binary
                self.texts.update(fetched.texts())
        if fetched.problem:
            detail = f"note {kind}/{document.get('id')}: {fetched.problem}"
            self.warn(kind, fetched.code, detail)
        self.progress.update(notes_fetched=1)

    def read(self, resource_type: str, resource_id: str) -> dict | None:
        """Read one resource by id; a failure is a warning on its type."""
        if resource_type in self.skipped:
            return None
        try:
            resource = self.client.get_json(f"{resource_type}/{resource_id}")
        except FhirAuthError:
            raise
        except FhirError as error:
            self.warn(resource_type, reason_for(error), f"{resource_type} read: {error.message}")
            return None
        if resource.get("resourceType") != resource_type:
            self.warn(resource_type, "processing", f"{resource_type} read: unexpected answer")
            return None
        self.keep(resource)
        return resource


def presented_by_url(report: dict) -> bool:
    """Whether a DiagnosticReport's presentedForm names its content by URL (Epic and Oracle
    Health imaging and pathology reports): unread, the report's text is not known."""
    forms = report.get("presentedForm") or []
    return isinstance(forms, list) and any(isinstance(a, dict) and a.get("url") for a in forms)


def withdrawn(document: dict) -> bool:
    """A note the EHR marks entered-in-error or superseded: no evidence (smartapp.evidence.notes
    leaves it out), so its content is not fetched -- a failed fetch of it would make the notes
    that count read as "could not be checked"."""
    return any(status_code(document.get(key)) in WITHDRAWN for key in ("status", "docStatus"))


def next_link(bundle: dict) -> str | None:
    """The ``next`` link's URL, exactly as given."""
    for link in bundle.get("link") or []:
        if isinstance(link, dict) and link.get("relation") == "next" and link.get("url"):
            return str(link["url"])
    return None


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
    requester = ((order or {}).get("requester") or {}).get("reference") or ""
    parts = requester.split("/")
    if len(parts) >= 2 and parts[-2] == "Practitioner":
        run.read("Practitioner", parts[-1])


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
