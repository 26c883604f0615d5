"""Paging one FHIR search for a :class:`~smartapp.fhir.retrieval.Retrieval` run: every page read
(at most ``max_pages``; a next link seen before stops it), each page's resources kept once and its
notes queued as the page arrives, what the EHR's outcome entries say it withheld made a warning,
and a category-less search an Epic-like server refuses (400) asked again per category. Also the
OperationOutcome issue code a failed request is reported with (:func:`reason_for`).

Split out of retrieval.py, which keeps the run itself: its thread pool, the resources kept, the
note window and the note fetches, single reads by id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import FhirAuthError, FhirError
from ..evidence.withheld import is_withheld
from .note_documents import presented_by_url, withdrawn
from .searches import CATEGORIES, Search, searches_for

if TYPE_CHECKING:
    from .retrieval import Retrieval


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


def search_pages(run: Retrieval, search: Search) -> None:
    """Run one search across all its pages; notes are queued as their page arrives."""
    url: str | None = search.resource_type
    params: dict[str, str] | None = dict(search.params)
    seen: set[str] = set()
    pages = 0
    try:
        while url:
            bundle = run.client.get_json(url, params=params)
            pages += 1
            take_page(run, search, bundle)
            url, params = next_link(bundle), None  # next links are used verbatim
            if url and url in seen:
                run.warn(
                    search.resource_type,
                    "incomplete",
                    f"{search.label}: the EHR's next link repeated; paging stopped",
                )
                break  # fmt: skip
            if url:
                seen.add(url)
            if url and pages >= run.max_pages:
                run.warn(
                    search.resource_type,
                    "incomplete",
                    f"{search.label}: more than {run.max_pages} pages; rest not read",
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
                                      run.client.vendor, per_category=True):  # fmt: skip
                run.progress.update(searches_total=1)
                run.submit(run.search, retry)
        else:
            code = reason_for(error) if pages == 0 else "incomplete"
            run.warn(search.resource_type, code, f"{search.label}: {error.message}")
    finally:
        run.progress.update(searches_done=1)


def take_page(run: Retrieval, search: Search, bundle: dict) -> None:
    """Keep a page's resources once, queue its notes, and warn of what its outcomes withheld."""
    if bundle.get("resourceType") != "Bundle":
        run.warn(search.resource_type, "processing", f"{search.label}: not a Bundle")
        return
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            continue
        if resource.get("resourceType") == "OperationOutcome" or (
            (entry.get("search") or {}).get("mode") == "outcome"
        ):
            _outcome_entry(run, search, resource)
        elif run.keep(resource):
            kind = resource.get("resourceType")
            if kind == "DocumentReference" and resource.get("content"):
                if not withdrawn(resource):
                    run.queue_note(resource)
            elif kind == "DiagnosticReport" and presented_by_url(resource):
                run.queue_note(resource)  # its presentedForm is its text (issue 20a)


def _outcome_entry(run: Retrieval, search: Search, outcome: dict) -> None:
    """Epic's ``search.mode=outcome`` entries: what was withheld is a gap; notices (Epic's
    4101 "no results", 4119 "information available to the authorized user") are not."""
    for issue in outcome.get("issue") or []:
        if not isinstance(issue, dict) or not is_withheld(issue):
            continue
        text = issue.get("diagnostics") or (issue.get("details") or {}).get("text") or ""
        code = "forbidden" if issue.get("code") in ("forbidden", "security") else "incomplete"
        run.warn(search.resource_type, code,
                 f"{search.label}: the EHR withheld results ({text[:200]})")  # fmt: skip


def next_link(bundle: dict) -> str | None:
    """The ``next`` link's URL, exactly as given."""
    for link in bundle.get("link") or []:
        if isinstance(link, dict) and link.get("relation") == "next" and link.get("url"):
            return str(link["url"])
    return None
