"""Who may do what: clinicians see the checks they ran; PA coordinators see the worklist.

The role comes from the SMART ``fhirUser`` of the launch: a user listed in ``COORDINATORS``
(config, a list of ``Practitioner/ID`` references or absolute fhirUser URLs) is a coordinator;
any other Practitioner or PractitionerRole is a clinician. Anyone else (a Patient or RelatedPerson
fhirUser, or none) may use the check they launched but never the worklist.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import current_app

from ..errors import AccessDeniedError
from ..launch import current_launch
from ..models import AppSession

F = TypeVar("F", bound=Callable[..., Any])
CLINICIAN, COORDINATOR, OTHER = "clinician", "coordinator", "other"


def user_ref(fhir_user: str | None) -> str:
    """``Type/id`` of a fhirUser, which Epic sends as an absolute URL (client-js #105)."""
    if not fhir_user:
        return ""
    parts = fhir_user.rstrip("/").split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else fhir_user


def role_of(launch: AppSession) -> str:
    user = user_ref(launch.fhir_user)
    coordinators = {user_ref(entry) for entry in current_app.config.get("COORDINATORS", [])}
    if user and user in coordinators:
        return COORDINATOR
    if user.startswith(("Practitioner/", "PractitionerRole/")):
        return CLINICIAN
    return OTHER


def actor_of(launch: AppSession) -> str:
    """How the audit trail names the user (their fhirUser reference)."""
    return user_ref(launch.fhir_user) or f"session:{launch.id[:8]}"


def coordinator_required(view: F) -> F:
    """Decorator: only PA coordinators (raises AccessDeniedError otherwise)."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if role_of(current_launch()) != COORDINATOR:
            raise AccessDeniedError("This page is for PA coordinators.")
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def nav_context() -> dict[str, Any]:
    """Template context for the header: who is signed in and which pages they may open."""
    from ..errors import SmartAppError

    try:
        launch = current_launch()
    except SmartAppError:
        return {"nav": {"launched": False}}
    return {
        "nav": {
            "launched": True,
            "has_patient": bool(launch.patient_id),
            "role": role_of(launch),
            "user": actor_of(launch),
        }
    }
