"""Tenants: one FHIR base per EHR behaviour profile, all served by one sandbox process.

A tenant's base URL is ``{origin}/{tenant}/fhir`` and its OAuth endpoints live under
``{origin}/{tenant}/oauth2/``. Profiles mimic what the app meets in the field:

- ``plain``  -- a well-behaved SMART 2.x server.
- ``epic``   -- Observation/CarePlan search needs ``category`` or ``code`` (400 otherwise);
  searchsets may carry an OperationOutcome entry (``search.mode = outcome``); notes are
  DocumentReference -> Binary as text/html + text/rtf; ``aud`` is required; a created
  DocumentReference keeps only its content and clinical fields (no meta.tag, identifier,
  description or attachment title: the note is filed from its content).
- ``cerner`` -- access tokens last 570 s; DocumentReference pages hold at most 100; Binary returns
  raw bytes only when ``Accept`` equals the attachment's contentType; notes come as PDF + XML; a
  created DocumentReference loses ``meta`` and ``identifier`` (unsupported fields are ignored).

Every profile exists twice: ``<profile>`` advertises SMART v1 and v2 scopes, ``<profile>-v1``
advertises only ``permission-v1`` and refuses v2 scope syntax (older Epic/Cerner releases).
"""

from __future__ import annotations

from dataclasses import dataclass, field

PROFILES = ("plain", "epic", "cerner")


@dataclass(frozen=True)
class Tenant:
    """How one sandbox FHIR base behaves."""

    name: str
    profile: str
    scope_versions: tuple[str, ...]
    access_token_seconds: int = 3600
    require_aud: bool = False
    #: Largest ``_count`` honoured per resource type (``"*"`` = default for all types).
    max_page_size: dict[str, int] = field(default_factory=lambda: {"*": 200})
    #: Content types of DocumentReference attachments this EHR exposes (None = all).
    note_content_types: tuple[str, ...] | None = None
    #: DocumentReference fields this EHR does not store when an app creates one (app_output's
    #: markers must survive it): ``meta``, ``identifier``, ``description``, ``attachment.title``.
    create_drops: tuple[str, ...] = ()

    @property
    def supports_v2(self) -> bool:
        return "v2" in self.scope_versions

    def page_cap(self, resource_type: str) -> int:
        return self.max_page_size.get(resource_type, self.max_page_size["*"])


def _profile_tenant(profile: str, versions: tuple[str, ...]) -> Tenant:
    name = profile if "v2" in versions else f"{profile}-v1"
    if profile == "epic":
        return Tenant(
            name,
            profile,
            versions,
            require_aud=True,
            note_content_types=("text/html", "text/rtf"),
            create_drops=("meta", "identifier", "description", "attachment.title"),
        )
    if profile == "cerner":
        return Tenant(
            name,
            profile,
            versions,
            access_token_seconds=570,
            require_aud=True,
            max_page_size={"*": 200, "DocumentReference": 100},
            note_content_types=("application/pdf", "application/xml"),
            create_drops=("meta", "identifier"),
        )
    return Tenant(name, profile, versions)


TENANTS: dict[str, Tenant] = {
    tenant.name: tenant
    for profile in PROFILES
    for tenant in (_profile_tenant(profile, ("v1", "v2")), _profile_tenant(profile, ("v1",)))
}


def get_tenant(name: str) -> Tenant | None:
    """Return the tenant called ``name``, or None when there is no such tenant."""
    return TENANTS.get(name)
