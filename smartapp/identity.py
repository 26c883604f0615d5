"""Who the signed-in user is and what they may do: one identity per (EHR, fhirUser).

A person is the pair (iss, fhirUser): ``Practitioner/123`` at one EHR and ``Practitioner/123``
at another are two people (ids are assigned per EHR tenant). The app writes that pair as one
string, the absolute reference of the user's resource at the EHR that signed them in::

    https://ehr.example.org/fhir/Practitioner/123

and stores it wherever it records who did something (``created_by``, ``run_by``, ``actor``,
``author``, a "me" assignee). The last two path segments are the ``Type/id``; everything before
them is the (registered, normalised) iss, so the split is unambiguous.

Roles are configured per EHR: ``COORDINATORS`` maps an EHR — its launch.json server id or its
iss — to the fhirUser references of its PA coordinators::

    COORDINATORS = {"epic-prod": ["Practitioner/abc"], "https://fhir.example.org/r4": [...]}

Any other Practitioner or PractitionerRole is a clinician; anyone else (a Patient or
RelatedPerson fhirUser, or none) may use the check they launched but never the worklist.

This module sits below both ``launch`` and ``reports`` (it imports neither), so neither imports
the other for roles. The registry is read from the app's extensions, where ``launch`` keeps it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from flask import Flask, current_app, g

from .context import request_app, request_g
from .errors import AccessDeniedError, ConfigError, SmartAppError

F = TypeVar("F", bound=Callable[..., Any])
CLINICIAN, COORDINATOR, OTHER = "clinician", "coordinator", "other"
#: Where smartapp.launch.registry keeps the validated launch.json (server id → ServerConfig).
REGISTRY_EXTENSION = "launch.registry"
USER_TYPES = ("Practitioner/", "PractitionerRole/")


class Launched(Protocol):
    """What identity needs of a launched session (smartapp.models.AppSession)."""

    id: str
    server_id: str
    iss: str
    fhir_user: str | None


#: Distinct fhirUser texts whose ``Type/id`` a worker keeps (~0.2 KB each).
MAX_REFS = 4096


@functools.lru_cache(maxsize=MAX_REFS)
def _ref_of(fhir_user: str) -> str:
    parts = fhir_user.rstrip("/").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else fhir_user


def user_ref(fhir_user: str | None) -> str:
    """``Type/id`` of a fhirUser, which Epic sends as an absolute URL (client-js #105).

    A text's tail depends on the text alone, and a page asks for the same few people's ~20-30
    times a view (roles, names, the viewer's identity): each distinct text is split once a
    worker (:data:`MAX_REFS`, least recently used dropped; issue 19, stop 55)."""
    if not fhir_user:
        return ""
    if type(fhir_user) is str:
        return _ref_of(fhir_user)
    parts = fhir_user.rstrip("/").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else fhir_user


def normalise_iss(iss: str) -> str:
    return iss.strip().rstrip("/")


def person(iss: str, fhir_user: str | None) -> str:
    """The stored identity of ``fhir_user`` signed in at ``iss`` ('' without a fhirUser)."""
    ref = user_ref(fhir_user)
    return f"{normalise_iss(iss)}/{ref}" if ref else ""


def split_person(identity: str | None) -> tuple[str, str]:
    """(iss, ``Type/id``) of a stored identity; ("", text) for anything else (a typed name)."""
    text = identity or ""
    if text.startswith(("https://", "http://")) and text.count("/") >= 4:
        base, kind, ident = text.rsplit("/", 2)
        return base, f"{kind}/{ident}"
    return "", text


def actor_of(launch: Launched) -> str:
    """How the app records the user: their (iss, fhirUser) identity, or the session."""
    return person(launch.iss, launch.fhir_user) or f"session:{launch.id[:8]}"


def _servers(app: Flask) -> Mapping[str, Any]:
    return app.extensions.get(REGISTRY_EXTENSION, {})


def check_coordinators(app: Flask) -> None:
    """Refuse at start-up a COORDINATORS setting that does not name the EHR of each entry."""
    setting = app.config.get("COORDINATORS") or {}
    example = '{"<launch.json server id or iss>": ["Practitioner/123"]}'
    if not isinstance(setting, Mapping):
        raise ConfigError(
            "COORDINATORS must name the EHR of each coordinator (the same Practitioner id at "
            f"another EHR is another person): {example}"
        )
    for ehr, refs in setting.items():
        if not isinstance(refs, list) or not all(isinstance(r, str) and r for r in refs):
            raise ConfigError(f"COORDINATORS[{ehr!r}] must be a list of fhirUser references")


def _coordinators_at(iss: str, server_id: str | None = None) -> set[str]:
    """Coordinator references configured for the EHR at ``iss`` (or its launch.json id).

    Worked out once per request and EHR: a page asks for every person it names (the role
    follows each name), and the answer depends on the settings alone.
    """
    known = request_g().setdefault("coordinators_at", {})
    found = known.get((iss, server_id))
    if found is None:
        found = known[(iss, server_id)] = _configured_coordinators(iss, server_id)
    return found


def _configured_coordinators(iss: str, server_id: str | None) -> set[str]:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    servers = _servers(app)
    found: set[str] = set()
    for ehr, refs in (app.config.get("COORDINATORS") or {}).items():
        server = servers.get(ehr)
        same_ehr = (
            (server_id is not None and ehr == server_id)
            or normalise_iss(ehr) == iss
            or (server is not None and server.iss == iss)
        )
        if same_ehr:
            found.update(user_ref(ref) for ref in refs)
    return found


def _coordinators_for(launch: Launched) -> set[str]:
    """The coordinator references configured for the launch's EHR."""
    return _coordinators_at(launch.iss, launch.server_id)


def role_of_identity(identity: str) -> str:
    """The role of a stored identity: coordinator only when listed for *its* EHR."""
    iss, ref = split_person(identity)
    if iss and ref in _coordinators_at(iss):
        return COORDINATOR
    return CLINICIAN if ref.startswith(USER_TYPES) else OTHER


def role_of(launch: Launched) -> str:
    """coordinator (listed for this EHR), clinician (any other Practitioner) or other."""
    user = user_ref(launch.fhir_user)
    if user and user in _coordinators_for(launch):
        return COORDINATOR
    if user.startswith(USER_TYPES):
        return CLINICIAN
    return OTHER


def ehr_name(iss: str) -> str:
    """The EHR's display name from launch.json, else its host."""
    servers = _servers(current_app._get_current_object())  # type: ignore[attr-defined]
    named = next((s.display_name for s in servers.values() if s.iss == iss), None)
    return named or iss.split("//", 1)[-1].split("/", 1)[0]


def coordinator_required(view: F) -> F:
    """Decorator: only PA coordinators (raises AccessDeniedError otherwise)."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if role_of(_current()) != COORDINATOR:
            raise AccessDeniedError("This page is for PA coordinators.")
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _current() -> Launched:
    # The launch module registers how to read the request's session (it owns the database
    # lookup); identity only asks, so it never imports launch.
    reader: Callable[[], Launched] = request_app().extensions["identity.current_launch"]
    return reader()


def nav_context() -> dict[str, Any]:
    """Template context for the header: who is signed in and which pages they may open."""
    try:
        launch = _current()
    except SmartAppError:
        return {"nav": {"launched": False}}
    return {
        "nav": {
            "launched": True,
            "has_patient": bool(getattr(launch, "patient_id", None)),
            "role": role_of(launch),
            "user": actor_of(launch),
        }
    }


def who(identity: str | None) -> str:
    """A stored identity as messages name it: ``Type/id`` and, when it is not the
    viewer's own EHR, which EHR (``Practitioner/7 at Clinic EHR``); other text as it is."""
    iss, ref = split_person(identity)
    if not iss:
        return ref
    mine = g.get("launch_record")
    if mine is not None and mine.iss == iss:
        return ref
    return f"{ref} at {ehr_name(iss)}"


def init_app(app: Flask, current_launch: Callable[[], Launched]) -> None:
    """Check COORDINATORS and register the header context and the ``ehr_name`` global."""
    check_coordinators(app)
    app.extensions["identity.current_launch"] = current_launch
    app.context_processor(nav_context)
    app.add_template_global(ehr_name, "ehr_name")
