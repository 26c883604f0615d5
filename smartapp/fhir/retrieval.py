"""One retrieval run (:class:`Retrieval`): a thread pool that pages FHIR searches (how one search
is paged: smartapp.fhir.search_paging), keeps each resource once, queues and fetches note texts,
reads single resources by id, and turns whatever cannot be read into a :class:`CouldNotCheck`
warning.

Split out of retrieve.py (which keeps the plan of one patient's read, fetch_patient_record) so
the machinery shared with the population reads (smartapp.population.record) and a CDS hook's
prefetch (smartapp.fhir.prefetched) stands on its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from datetime import date
from typing import Any

from ..errors import FhirAuthError, FhirError
from ..evidence.dates import first_date
from .binaries import fetch_note
from .client import FhirClient
from .progress import CouldNotCheck, Progress
from .search_paging import reason_for, search_pages, take_page
from .searches import Search

log = logging.getLogger(__name__)

MAX_PAGES = 50
#: Given the resources read once the orders are in: the earliest note date to fetch (None: all).
NotesSince = Callable[[dict[str, dict]], date | None]


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
        search_pages(self, search)

    def take_bundle(self, search: Search, bundle: dict) -> None:
        """Keep a search Bundle read elsewhere (a hook's prefetch) as if ``search`` had read it."""
        take_page(self, search, bundle)

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
