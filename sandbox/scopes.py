"""SMART resource scopes (App Launch v1 and v2 syntax): parsing and permission checks.

Shared by the authorization server (what it may grant) and the FHIR gateway (what a token
permits). v1: ``patient/Observation.read`` / ``.write`` / ``.*``. v2: ``patient/Observation.rs``
with the permissions a subset of ``cruds`` in that order, optionally followed by a
``?param=value`` filter (SMART App Launch 2.x, "Finer-grained resource constraints"). A filter is
enforced on searches (:func:`search_filter_refusal`): a type granted only under filters may be
searched only with one filter's parameters. Reads by id are not filtered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl

CONTEXTS = ("patient", "user", "system")
ALL_INTERACTIONS = frozenset("cruds")
V1_PERMISSIONS = {
    "read": frozenset({"r", "s"}),
    "write": frozenset({"c", "u", "d"}),
    "*": ALL_INTERACTIONS,
}

#: context / type . permissions [? query]; the type is a FHIR resource name or ``*``.
_SCOPE_RE = re.compile(
    r"^(?P<context>patient|user|system)/(?P<type>\*|[A-Z][A-Za-z]*)\.(?P<perm>[^?]+)(?:\?(?P<query>.*))?$"
)
#: v2 permissions must appear in the canonical order c, r, u, d, s with none repeated.
_V2_PERM_RE = re.compile(r"^c?r?u?d?s?$")


@dataclass(frozen=True)
class ResourceScope:
    """One parsed resource scope."""

    context: str  # "patient" | "user" | "system"
    resource_type: str  # "Condition" or "*"
    interactions: frozenset[str]  # subset of {"c", "r", "u", "d", "s"}
    version: str  # "v1" | "v2"
    raw: str
    query: str | None = None  # v2 "?category=..." filter, kept for display only

    def allows(self, resource_type: str, interaction: str) -> bool:
        """True when this scope covers ``interaction`` on ``resource_type``."""
        return self.resource_type in ("*", resource_type) and interaction in self.interactions


def parse_resource_scope(scope: str) -> ResourceScope | None:
    """Parse a resource scope; None for non-resource scopes (launch, openid, fhirUser, ...).

    Raises ValueError for a string that looks like a resource scope but is malformed, e.g.
    ``patient/Observation.xyz`` or ``patient/Observation.sr`` (v2 order is c-r-u-d-s).
    """
    head = scope.split("/", 1)[0]
    if head not in CONTEXTS or "/" not in scope:
        return None
    match = _SCOPE_RE.match(scope)
    if match is None:
        raise ValueError(f"malformed resource scope: {scope!r}")
    perm, query = match["perm"], match["query"]
    if perm in V1_PERMISSIONS:
        if query is not None:
            raise ValueError(f"v1 scopes take no query: {scope!r}")
        return ResourceScope(match["context"], match["type"], V1_PERMISSIONS[perm], "v1", scope)
    if not perm or not _V2_PERM_RE.match(perm):
        raise ValueError(f"malformed resource scope permissions: {scope!r}")
    return ResourceScope(
        match["context"], match["type"], frozenset(perm), "v2", scope, query or None
    )


def parse_all(scopes: Iterable[str]) -> list[ResourceScope]:
    """The resource scopes among ``scopes``; malformed ones are skipped (never granted)."""
    parsed: list[ResourceScope] = []
    for scope in scopes:
        try:
            found = parse_resource_scope(scope)
        except ValueError:
            continue
        if found is not None:
            parsed.append(found)
    return parsed


def permits(scopes: Iterable[str], resource_type: str, interaction: str) -> ResourceScope | None:
    """The first scope that allows ``interaction`` ("c","r","u","d","s") on ``resource_type``.

    When several match, the broadest context wins (system, then user, then patient): a grant
    holding both ``user/Observation.rs`` and ``patient/Observation.rs`` is not confined to the
    patient, and callers confine access only when the returned scope is a patient scope.
    """
    matching = [s for s in parse_all(scopes) if s.allows(resource_type, interaction)]
    if not matching:
        return None
    matching.sort(key=lambda s: -CONTEXTS.index(s.context))
    return matching[0]


def search_filter_refusal(
    scopes: Iterable[str], resource_type: str, params: Mapping[str, list[str]]
) -> str | None:
    """Why a search of ``resource_type`` with ``params`` exceeds the grant, or None.

    When every scope that allows searching the type carries a filter, the search must carry all
    of one filter's parameters (``category=vital-signs``); a scope without a filter allows all.
    """
    matching = [s for s in parse_all(scopes) if s.allows(resource_type, "s")]
    if not matching or any(s.query is None for s in matching):
        return None
    for scope in matching:
        wanted = parse_qsl(scope.query or "", keep_blank_values=True)
        given = {key: ",".join(values).split(",") for key, values in params.items()}
        if wanted and all(value in given.get(key, ()) for key, value in wanted):
            return None
    granted = " or ".join(s.query or "" for s in matching)
    return f"The granted scopes allow {resource_type} searches only with {granted}."
