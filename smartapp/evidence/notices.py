"""What retrieval said about notes in the record bundle (docs/record-bundle.md), read back:
the notes it left unfetched on purpose (older than every lookback window: "not read") and the
notes whose content it could not fetch, with its reason (a 404, a timeout, another host).
"""

from __future__ import annotations

from typing import Any

from .dates import first_date
from .shapes import as_dict, as_str, dicts

#: The coding of the record bundle's notice for a note not fetched (smartapp.fhir.bundle).
NOT_FETCHED = {"system": "urn:smartapp:note-reading", "code": "not-fetched"}


def _outcome_issues(bundle: dict[str, Any]) -> list[dict]:
    """Every issue of every OperationOutcome in the bundle."""
    issues: list[dict] = []
    for entry in dicts(bundle.get("entry")):
        resource = as_dict(entry.get("resource"))
        if as_str(resource.get("resourceType")) == "OperationOutcome":
            issues += dicts(resource.get("issue"))
    return issues


def not_fetched_notes(bundle: dict[str, Any], index: dict[str, dict]) -> dict[str, str]:
    """DocumentReference reference -> its date (ISO, "" if undated) for each not-fetched notice."""
    found: dict[str, str] = {}
    for issue in _outcome_issues(bundle):
        if NOT_FETCHED in dicts(as_dict(issue.get("details")).get("coding")):
            reference = as_str(issue.get("diagnostics"))
            if reference.startswith("DocumentReference/"):
                when = first_date(as_dict(index.get(reference)), "date", "context.period.start")
                found[reference] = when.isoformat() if when else ""
    return found


#: How retrieval names a note it could not fetch (smartapp.fhir.retrieval: "note REF: problem").
_FETCH_PROBLEM = "note "
_FETCH_PROBLEMS = (f"{_FETCH_PROBLEM}DocumentReference/", f"{_FETCH_PROBLEM}DiagnosticReport/")
_FETCHED = "fetch:"


def fetched(unread: dict[str, str], ref: str) -> str | None:
    """Why retrieval could not fetch ``ref``'s content, if it said (see :func:`fetch_problems`)."""
    return unread.get(_FETCHED + ref)


def fetch_problems(bundle: dict[str, Any]) -> dict[str, str]:
    """``fetch:DocumentReference/ID`` (or ``DiagnosticReport/ID``) -> the problem, from the
    record bundle's could-not-check outcomes ("note DocumentReference/ID: the EHR did not find
    it"): seeds ``unread`` so a text whose Binary never arrived names that reason, not "its
    content is not in the bundle"."""
    found: dict[str, str] = {}
    for issue in _outcome_issues(bundle):
        text = as_str(issue.get("diagnostics"))
        if text.startswith(_FETCH_PROBLEMS) and ": " in text:
            reference, problem = text[len(_FETCH_PROBLEM) :].split(": ", 1)
            found[_FETCHED + reference] = problem.strip().rstrip(".")
    return found
