"""What the granted scopes let the app read: every type, none of a type, or part of one.

SMART v2 scopes may narrow a type with a query (App Launch 2.x "Finer-grained resource
constraints"): ``patient/Observation.rs?category=vital-signs`` grants vital signs only. Such a
type is a *partial read*: the app searches only what was granted, and the retrieval names the
type "incomplete", so an item that finds nothing there is "Could not check", never "Missing"
(issue 12). A grant with no clinical type at all is its own error: there is nothing to check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from .flow import RESOURCE_TYPES

#: The types that hold clinical data (not who the patient, user or payer organisation is).
CLINICAL_TYPES = (
    "Condition", "Observation", "DocumentReference", "Procedure", "ServiceRequest", "DeviceRequest",
    "Coverage", "MedicationRequest", "Encounter", "DiagnosticReport", "CarePlan",
)  # fmt: skip
WITHHELD = "access not granted by the EHR"
#: Types read only as optional evidence (a requester's PractitionerRole: the work phone and fax
#: when the Practitioner lacks them): withheld, they are not asked for, and no item turns on
#: them alone, so the clinician is not told something "could not be checked".
OPTIONAL_TYPES = ("PractitionerRole",)


def _read_scope(scope: str, resource_type: str) -> tuple[bool, str | None]:
    """(does ``scope`` grant reading ``resource_type``, its v2 query filter or None)."""
    context, _, rest = scope.partition("/")
    if context not in ("patient", "user") or "." not in rest:
        return False, None
    kind, _, access = rest.partition(".")
    permissions, _, query = access.partition("?")
    readable = permissions in ("read", "*") or (
        permissions[:1] in "cruds" and "r" in permissions and set(permissions) <= set("cruds")
    )
    if kind not in ("*", resource_type) or not readable:
        return False, None
    return True, query or None


@dataclass(frozen=True)
class ReadAccess:
    """The grant, per type: withheld (no read scope), or narrowed to search filters."""

    withheld: dict[str, str] = field(default_factory=dict)
    #: type → the filters it was granted under (each a dict of search parameters)
    filters: dict[str, tuple[dict[str, str], ...]] = field(default_factory=dict)

    def partial(self) -> dict[str, str]:
        """Partially readable types with a sentence saying what was granted."""
        return {
            kind: "partial read: the EHR granted only "
            + " or ".join("&".join(f"{k}={v}" for k, v in f.items()) for f in filters)
            + "; the rest could not be checked"
            for kind, filters in self.filters.items()
        }

    def could_not_read(self) -> dict[str, str]:
        """Every type the app cannot fully read, with the reason (shown before a check runs)."""
        missing = {**self.withheld, **self.partial()}
        return {kind: why for kind, why in missing.items() if kind not in OPTIONAL_TYPES}

    @property
    def no_clinical_data(self) -> bool:
        """True when not one clinical type can be read."""
        return all(kind in self.withheld for kind in CLINICAL_TYPES)


def read_access(granted_scope: str | None) -> ReadAccess:
    """Parse the token response's ``scope`` into what the app may read."""
    scopes = (granted_scope or "").split()
    withheld: dict[str, str] = {}
    filters: dict[str, tuple[dict[str, str], ...]] = {}
    for kind in RESOURCE_TYPES:
        grants = [found for found in (_read_scope(s, kind) for s in scopes) if found[0]]
        if not grants:
            withheld[kind] = WITHHELD
        elif all(query for _, query in grants):
            narrowed = [dict(parse_qsl(query or "", keep_blank_values=True)) for _, query in grants]
            unique = [f for n, f in enumerate(narrowed) if f and f not in narrowed[:n]]
            if unique:
                filters[kind] = tuple(unique)
    return ReadAccess(withheld, filters)
