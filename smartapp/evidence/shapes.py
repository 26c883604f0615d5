"""Lenient accessors for raw FHIR JSON: the one place that copes with wrong shapes.

Real EHR output and hand-made bundles break the spec in every way (a coding that is an object, not
a list; ``status`` as a number; ``entry`` as ``true``); strict models reject the whole record for
one such field (fhirclient issues #79/#86/#145). Record building reads every field through these
helpers, which return a usable value of the expected shape or an empty one, so the engine never
sees a raw shape and a malformed field costs that field, not the report.
"""

from __future__ import annotations

from typing import Any

#: Longest string kept from any single field: a 5 MB "status" is an attack, not data.
MAX_FIELD = 20_000


def as_dict(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else {}."""
    return value if isinstance(value, dict) else {}


def as_list(value: Any) -> list[Any]:
    """``value`` as a list: a list as is, a single object wrapped, anything else []."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return [value]
    return []


def dicts(value: Any) -> list[dict[str, Any]]:
    """The JSON objects in ``value`` (a list, or one object); other items are dropped."""
    return [item for item in as_list(value) if isinstance(item, dict)]


def as_str(value: Any) -> str:
    """A string field: strings as is (bounded), numbers and booleans spelled, anything else ""."""
    if isinstance(value, str):
        return value[:MAX_FIELD]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        try:
            return str(value)[:40]
        except ValueError:  # an integer too long to print (Python's 4,300-digit limit)
            return ""
    return ""


def get(resource: Any, path: str) -> Any:
    """A dotted path (``dispenseRequest.validityPeriod.end``) through objects; None when absent."""
    value: Any = resource
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def reference(value: Any) -> str:
    """``Reference.reference`` of a Reference (or "")."""
    return as_str(as_dict(value).get("reference"))


def number(value: Any) -> float | None:
    """A finite JSON number as float (None for strings, booleans, huge or non-finite values)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        result = float(value)
    except OverflowError:  # a 5,000-digit integer
        return None
    return result if abs(result) < 1e12 else None


def status_code(value: Any) -> str:
    """A status: a code string, or the first coding's code of a CodeableConcept, lower-cased."""
    if isinstance(value, dict):
        for coding in dicts(value.get("coding")):
            code = as_str(coding.get("code"))
            if code:
                return code.lower()
        return as_str(value.get("text")).lower()
    return as_str(value).lower()
