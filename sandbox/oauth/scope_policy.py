"""Which of the requested scopes a tenant grants — possibly fewer than asked, as real EHRs do.

Rules, in order:
1. A malformed resource scope (``patient/Observation.xyz``) refuses the request (invalid_scope).
2. Scopes a tenant cannot grant are dropped silently, the way production servers answer:
   v2 syntax (``.rs``, ``.cruds``) on a ``-v1`` tenant; ``system/`` scopes in a user-facing
   authorization-code flow; unknown non-resource scopes.
3. The tenant's profile policy (:data:`PROFILE_POLICIES`, documented in sandbox/README.md):
   ``cerner`` never grants wildcard resource scopes (``patient/*.read``) — Oracle Health
   Millennium requires one scope per resource type — and withholds ``Coverage``; ``plain`` and
   ``epic`` grant everything valid.
4. The user may untick scopes on the consent page.
"""

from __future__ import annotations

from dataclasses import dataclass

from authlib.oauth2.rfc6749 import InvalidScopeError

from sandbox.scopes import parse_resource_scope
from sandbox.tenants import Tenant

#: Non-resource scopes the sandbox understands (SMART App Launch 2.x, section "Scopes").
CONTEXT_SCOPES = frozenset(
    {
        "launch",
        "launch/patient",
        "launch/encounter",
        "openid",
        "fhirUser",
        "profile",
        "offline_access",
        "online_access",
    }
)
REFRESH_SCOPES = frozenset({"offline_access", "online_access"})


@dataclass(frozen=True)
class ProfilePolicy:
    """What a profile refuses to grant even when the request is valid."""

    grant_wildcard_resources: bool = True
    withheld_resource_types: frozenset[str] = frozenset()


PROFILE_POLICIES: dict[str, ProfilePolicy] = {
    "plain": ProfilePolicy(),
    "epic": ProfilePolicy(),
    "cerner": ProfilePolicy(
        grant_wildcard_resources=False, withheld_resource_types=frozenset({"Coverage"})
    ),
}


def grantable_scopes(requested: str | None, tenant: Tenant) -> list[str]:
    """The requested scopes this tenant would grant, in request order, without duplicates.

    Raises InvalidScopeError for a malformed resource scope.
    """
    policy = PROFILE_POLICIES.get(tenant.profile, ProfilePolicy())
    granted: list[str] = []
    for scope in (requested or "").split():
        if scope in granted:
            continue
        if scope in CONTEXT_SCOPES:
            granted.append(scope)
            continue
        try:
            parsed = parse_resource_scope(scope)
        except ValueError as exc:
            raise InvalidScopeError(f"Malformed scope '{scope}'.") from exc
        if parsed is None or parsed.context == "system":
            continue  # unknown or not for a user-facing flow: dropped, as real servers do
        if parsed.version not in tenant.scope_versions:
            continue
        if parsed.resource_type == "*" and not policy.grant_wildcard_resources:
            continue
        if parsed.resource_type in policy.withheld_resource_types:
            continue
        granted.append(scope)
    return granted


def narrow_for_launch(
    grantable: list[str], narrow: dict[str, str], withhold: set[str] | frozenset[str]
) -> list[str]:
    """What an EHR launch grants when the EHR gives the app less than it asked: scopes of a
    withheld type are dropped; a v2 scope of a narrowed type gains the query
    (``patient/Observation.rs`` → ``patient/Observation.rs?category=vital-signs``). A v1 scope
    cannot carry a query: a narrowed type is withheld there instead."""
    granted: list[str] = []
    for scope in grantable:
        parsed = parse_resource_scope(scope)
        if parsed is None:
            granted.append(scope)
            continue
        kind = parsed.resource_type
        if kind in withhold or (kind in narrow and parsed.version == "v1"):
            continue
        if kind in narrow and parsed.query is None and "s" in parsed.interactions:
            granted.append(f"{scope}?{narrow[kind]}")
        else:
            granted.append(scope)
    return granted


def apply_user_choice(grantable: list[str], ticked: list[str]) -> list[str]:
    """Keep only what the user left ticked (never anything that was not grantable)."""
    chosen = set(ticked)
    return [scope for scope in grantable if scope in chosen]


def wants_refresh_token(scope: str | None) -> bool:
    """offline_access or online_access earns a refresh token."""
    return bool(REFRESH_SCOPES.intersection((scope or "").split()))
