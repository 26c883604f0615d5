"""Reading an EHR's answers: FHIR JSON bodies, OperationOutcome codes, ``Retry-After``, and the
origin (scheme, host, port) a URL points at — pure helpers of the client seam
(:mod:`smartapp.fhir.client`), kept apart so that module stays about sending requests.
"""

from __future__ import annotations

import email.utils
import json
import time
from urllib.parse import urlsplit

import requests

from ..errors import FatalFhirError

#: Content types accepted as FHIR JSON; Epic answers with the DSTU2-era ``application/json+fhir``.
JSON_TYPES = ("application/fhir+json", "application/json+fhir", "application/json")
DEFAULT_PORTS = {"http": 80, "https": 443}
#: Largest body accepted for one response (a Binary note or a search page).
MAX_BODY_BYTES = 20 * 1024 * 1024


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Parse ``Retry-After``: delta-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def origin_of(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of an absolute URL, the port made explicit (https → 443)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or DEFAULT_PORTS.get(scheme)
    except ValueError:  # a port that is not a number: matches nothing
        port = -1
    return scheme, (parts.hostname or "").lower(), port


def parse_json(response: requests.Response) -> dict:
    """The response body as a JSON object, or FatalFhirError saying why it is unusable."""
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type and content_type not in JSON_TYPES:
        raise FatalFhirError(
            "The EHR answered with something other than FHIR JSON.", detail=content_type
        )
    if len(response.content) > MAX_BODY_BYTES:
        raise FatalFhirError("The EHR's answer was too large to read.")
    try:
        document = json.loads(response.content)
    except ValueError as error:
        raise FatalFhirError(
            "The EHR sent a response that is not valid JSON.", detail=str(error)[:80]
        ) from error
    if not isinstance(document, dict):
        raise FatalFhirError("The EHR sent JSON that is not a FHIR resource.")
    return document


def outcome_text(response: requests.Response) -> str | None:
    """First issue's code of an OperationOutcome error body (codes only: no PHI in logs)."""
    try:
        body = response.json()
        return ",".join(str(issue.get("code")) for issue in body.get("issue", []))[:120]
    except (ValueError, AttributeError):
        return None
