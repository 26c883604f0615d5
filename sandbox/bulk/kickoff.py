"""Reading a Bulk Data kick-off request (FHIR Bulk Data Access IG 2.0, "Bulk Data Kick-off").

GET carries the parameters in the query; POST in a ``Parameters`` resource. ``Prefer:
respond-async`` is required. ``_outputFormat`` may name NDJSON only. ``_type`` lists resource
types the export can write (Binary is never exported: notes are fetched at their
DocumentReference attachment URL). ``_since`` is a FHIR instant with a time zone. Parameters the
sandbox does not implement (``_elements``, ``_typeFilter``, ``patient``,
``includeAssociatedData``, ...) are refused, as the IG asks, unless the client sent
``Prefer: handling=lenient``, in which case they, and unknown types, are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .jobs import PATIENT_TYPES, REFERENCED_TYPES

NDJSON_FORMATS = ("application/fhir+ndjson", "application/ndjson", "ndjson")
KNOWN = ("_type", "_since", "_outputFormat")


class KickoffError(ValueError):
    """A kick-off the server refuses (400); the message says what to change."""


@dataclass(frozen=True)
class Kickoff:
    """What a kick-off asked for."""

    types: tuple[str, ...]  # empty = every type the token allows
    since: str | None
    default_types: tuple[str, ...] = PATIENT_TYPES


def _params(request: Any) -> dict[str, list[str]]:
    if request.method == "GET":
        return {key: request.args.getlist(key) for key in request.args}
    body = request.get_json(silent=True) or {}
    if body.get("resourceType") != "Parameters":
        raise KickoffError("A POST kick-off needs a Parameters resource body.")
    params: dict[str, list[str]] = {}
    for item in body.get("parameter", []):
        value = next((v for k, v in item.items() if k.startswith("value")), None)
        if isinstance(value, str):
            params.setdefault(str(item.get("name")), []).append(value)
        else:
            params.setdefault(str(item.get("name")), []).append("")
    return params


def parse_kickoff(request: Any) -> Kickoff:
    """The kick-off's parameters; raises KickoffError for a request the IG says to refuse."""
    prefer = [p.strip() for p in request.headers.get("Prefer", "").lower().split(",")]
    if "respond-async" not in prefer:
        raise KickoffError("Bulk export needs the header 'Prefer: respond-async'.")
    lenient = "handling=lenient" in prefer
    params = _params(request)
    unknown = sorted(set(params) - set(KNOWN))
    if unknown and not lenient:
        raise KickoffError(f"Unsupported parameter(s): {', '.join(unknown)}.")
    for value in params.get("_outputFormat", []):
        if value not in NDJSON_FORMATS:
            raise KickoffError(f"_outputFormat must be one of {', '.join(NDJSON_FORMATS)}.")
    types: list[str] = []
    for value in params.get("_type", []):
        for name in (t.strip() for t in value.split(",")):
            if not name or name in types:
                continue
            if name not in PATIENT_TYPES + REFERENCED_TYPES:
                if lenient:
                    continue
                why = " (notes: fetch the DocumentReference attachment URL)" * (name == "Binary")
                raise KickoffError(f"_type {name} cannot be exported{why}.")
            types.append(name)
    if params.get("_type") and not types:
        raise KickoffError("_type names no type this server exports.")
    since = None
    if params.get("_since"):
        since = params["_since"][0]
        try:
            parsed = datetime.fromisoformat(since)
        except ValueError as exc:
            raise KickoffError("_since must be a FHIR instant, e.g. 2026-12-01T00:00:00Z.") from exc
        if parsed.tzinfo is None or "T" not in since:
            raise KickoffError("_since must be an instant with a time zone.")
    return Kickoff(types=tuple(types), since=since)
