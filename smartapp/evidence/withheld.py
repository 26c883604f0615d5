"""What an EHR's OperationOutcome says was withheld: :func:`is_withheld` for one issue,
:func:`unreadable_types` for the resource types an outcome makes *unreadable* (missing → "could
not check").

Only what was actually withheld makes a type unreadable: an issue of severity error/fatal, or a
warning whose code says results were left out (``suppressed``, ``forbidden``, ``incomplete``,
``too-costly`` …, e.g. Epic's 59204 "client not authorized for <type> - <sub-type>"). Notices —
severity information, Epic's 4101 "Resource request returns no results" and 4119 "may not
contain the entire record" informational codes, code ``informational`` / ``not-found`` —
withhold nothing.

Split out of bundle.py, which reads a record bundle's outcome entries with these (and so does a
retrieval's search paging, smartapp.fhir.search_paging).
"""

from __future__ import annotations

import re

from .. import lazy_re
from .record import ANY_TYPE, REQUEST_TYPES, RESOURCE_TYPES
from .shapes import as_dict, as_str, dicts

#: OperationOutcome issue codes that mean "results were left out" even at severity warning.
WITHHELD_CODES = frozenset(
    {"suppressed", "forbidden", "security", "login", "unknown", "expired", "incomplete",
     "too-costly", "throttled", "timeout", "too-long", "lock-error", "no-store", "exception",
     "transient"}
)  # fmt: skip
NOTICE_CODES = frozenset({"informational", "not-found", "not-supported"})
#: Epic detail codes that are notices: 4101 "Resource request returns no results", 4119 "This
#: response includes information available to the authorized user at the time of the request".
EPIC_NOTICES = frozenset({"4101", "4119"})
#: Epic sub-types (59204 "client not authorized for <type> - <sub-type>") that hold no PA
#: documentation: post-acute assessment sets, dental and genomic findings. Withholding them
#: withholds nothing a checklist reads.
IRRELEVANT_SUBTYPES = frozenset(
    {"oasis", "minimum data set", "irf-pai", "his", "dental finding", "genomics"}
)
_SUBTYPE = lazy_re.compile(r"not authorized for \w+ - ([^.]+)\.", re.IGNORECASE)
_TYPE_NAME = lazy_re.compile(r"\b([A-Z][a-zA-Z]+)\b")


def is_withheld(issue: dict) -> bool:
    """True when an OperationOutcome issue says results were left out (see module doc)."""
    severity = as_str(issue.get("severity")).lower()
    code = as_str(issue.get("code")).lower()
    details = as_dict(issue.get("details"))
    if {as_str(c.get("code")) for c in dicts(details.get("coding"))} & EPIC_NOTICES:
        return False
    if severity in ("information", "") and code not in ("forbidden", "suppressed"):
        return False
    if code in NOTICE_CODES:
        return False
    subtype = _SUBTYPE.search(as_str(issue.get("diagnostics")))
    if code == "suppressed" and subtype and subtype.group(1).strip().lower() in IRRELEVANT_SUBTYPES:
        return False
    return severity in ("error", "fatal") or code in WITHHELD_CODES


def _issue_types(issue: dict, context_type: str | None) -> set[str]:
    """The resource types an issue is about: its expression, its text, or the search's type."""
    types: set[str] = set()
    expressions = issue.get("expression")
    for expression in expressions if isinstance(expressions, list) else []:
        name = as_str(expression).split(".")[0]
        if name in ("Resource", "DomainResource"):
            types.add(ANY_TYPE)  # an export line of no known type: it may be any type's
        elif name[:1].isupper():
            types.add(name)
    if not types:
        details = as_str(as_dict(issue.get("details")).get("text"))
        text = f"{as_str(issue.get('diagnostics'))} {details}"
        named = re.search(r"\bfor ([A-Z][a-zA-Z]+)\b", text)
        known = RESOURCE_TYPES | {"DocumentReference", "Binary", *REQUEST_TYPES}
        if named and named.group(1) in known:
            types.add(named.group(1))
        else:
            mentioned = {m for m in _TYPE_NAME.findall(text) if m in known}
            types |= mentioned if len(mentioned) == 1 else set()
    if not types and context_type:
        types.add(context_type)
    return types


def unreadable_types(outcome: dict, context_type: str | None = None) -> set[str]:
    """Types an OperationOutcome says were (at least partly) withheld (:data:`ANY_TYPE` when it
    names none)."""
    types: set[str] = set()
    for issue in dicts(outcome.get("issue")):
        if is_withheld(issue):
            # Withheld, but of no type it names (nor the search's): it may be any type's.
            types |= _issue_types(issue, context_type) or {ANY_TYPE}
    return types
