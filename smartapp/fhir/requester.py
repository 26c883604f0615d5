"""Read the order's requester: its Practitioner and the PractitionerRoles that carry its contact.

An order's ``requester`` is a Practitioner or a PractitionerRole. FHIR puts a practitioner's work
phone and fax (and often the NPI context of the organisation) on the PractitionerRole, so a bare
Practitioner is not enough for the ordering-provider items (OCC-007 phone/fax, the NPI item):

- ``PractitionerRole/<id>``: read the role, then the Practitioner it names;
- ``Practitioner/<id>``: read it, and search ``PractitionerRole?practitioner=<id>`` (one page;
  Epic and Oracle Health both support this search parameter).

A role is optional evidence: the engine already reads a bare Practitioner's own telecom. So a
role the EHR refuses (403, a scope not granted, a 400 for an unsupported search, a timeout) is
logged -- status and type only, never the token or an id -- and is *not* a warning: a warning
would make the record's PractitionerRole read "incomplete", and losing a role must never turn a
found Practitioner into a gap. The Practitioner read keeps :meth:`Retrieval.read`'s warnings.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from ..errors import FhirAuthError, FhirError

if TYPE_CHECKING:
    from .retrieval import Retrieval

log = logging.getLogger(__name__)

ROLE = "PractitionerRole"
#: One page of roles: a clinician has a handful (one per organisation or location).
ROLE_PAGE = "50"


def read_requester(run: Retrieval, reference: str) -> None:
    """Read the requester ``reference`` (``Practitioner/<id>`` or ``PractitionerRole/<id>``,
    relative or absolute) with its roles or its Practitioner."""
    parts = str(reference or "").split("/")
    if len(parts) < 2 or not parts[-1]:
        return
    kind, ident = parts[-2], parts[-1]
    if kind == "Practitioner":
        run.read("Practitioner", ident)
        _search_roles(run, ident)
    elif kind == ROLE:
        role = _read_role(run, ident)
        target = str(((role or {}).get("practitioner") or {}).get("reference") or "").split("/")
        if len(target) >= 2 and target[-2] == "Practitioner" and target[-1]:
            run.read("Practitioner", target[-1])


def _read_role(run: Retrieval, ident: str) -> dict[str, Any] | None:
    """The role ``ident``, or None (refused or not a PractitionerRole: logged, no warning)."""
    if ROLE in run.skipped:
        return None  # the scopes exclude it: never asked for
    try:
        resource = run.client.get_json(f"{ROLE}/{ident}")
    except FhirAuthError:
        raise  # the token itself is refused: every read fails, not only this one
    except FhirError as error:
        _refused("read", error)
        return None
    if not isinstance(resource, dict) or resource.get("resourceType") != ROLE:
        log.info("fhir: requester role read: unexpected answer; the order's own data is used")
        return None
    run.keep(resource)
    return resource


def _search_roles(run: Retrieval, practitioner_id: str) -> None:
    """Keep the roles of Practitioner ``practitioner_id`` from one search page."""
    if ROLE in run.skipped:
        return
    try:
        bundle = run.client.get_json(
            ROLE, params={"practitioner": practitioner_id, "_count": ROLE_PAGE}
        )
    except FhirAuthError:
        raise
    except FhirError as error:
        _refused("search", error)
        return
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        log.info("fhir: requester roles search: not a Bundle; the Practitioner alone is used")
        return
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        # Only roles: an outcome entry (Epic's "no results") is no gap here, and a role that
        # names someone else (a server ignoring the parameter) is not this requester's.
        if (
            isinstance(resource, dict)
            and resource.get("resourceType") == ROLE
            and _names(resource, practitioner_id)
        ):
            run.keep(resource)


def _names(role: dict[str, Any], practitioner_id: str) -> bool:
    reference = str((role.get("practitioner") or {}).get("reference") or "")
    return reference.split("/")[-1] == practitioner_id


def _refused(what: str, error: FhirError) -> None:
    # The status and type only: the message may quote a URL with the practitioner's id.
    log.info("fhir: requester role %s refused (status %s, %s); the Practitioner alone is used",
             what, getattr(error, "status", None), type(error).__name__)  # fmt: skip
