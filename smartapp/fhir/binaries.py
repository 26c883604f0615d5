"""Note content: pick each DocumentReference's best rendition and fetch its bytes as a Binary.

Epic and Oracle Health notes are ``attachment.url`` references, not inline text (cumulus-etl
#171). Oracle Health returns raw bytes only when ``Accept`` equals the attachment's contentType
and base64 FHIR JSON for ``application/fhir+json`` (fhir.cerner.com binary.md); both answers are
handled. The fetched bytes become a FHIR ``Binary`` so the record bundle can be re-read offline.
The text extracted to check the bytes is kept (:attr:`NoteFetch.text`) and handed to the record
builder, so each note is extracted once on its way from Binary to findings (issue 19).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from ..errors import FatalFhirError, FhirError, NoteExtractionError
from .answers import JSON_TYPES, MAX_BODY_BYTES
from .client import FHIR_JSON, FhirClient

#: Renditions in order of preference when smartapp.notes.extract is not available.
_FALLBACK_ORDER = ("text/plain", "text/html", "application/xhtml+xml", "text/rtf",
                   "application/xml", "application/pdf")  # fmt: skip


@dataclass
class NoteFetch:
    """What fetching one note produced: a Binary to keep, or the reason there is none."""

    binary: dict | None = None
    full_url: str | None = None
    problem: str | None = None
    code: str = "processing"
    inline: bool = False
    #: The extracted text of ``binary`` when it read fine (None without the notes package).
    text: str | None = None

    def texts(self) -> dict[str, str]:
        """The text keyed as the record bundle names the Binary (absolute URL and Binary/id)."""
        if self.text is None or self.binary is None or not self.full_url:
            return {}
        return {self.full_url: self.text, f"Binary/{self.binary['id']}": self.text}


def rank(attachments: list[dict]) -> list[dict]:
    """Best rendition first (delegates to smartapp.notes.extract when it is installed)."""
    try:
        from ..notes.extract import rank_attachments
    except ImportError:

        def order(attachment: dict) -> int:
            kind = (attachment.get("contentType") or "").split(";")[0].strip().lower()
            return _FALLBACK_ORDER.index(kind) if kind in _FALLBACK_ORDER else len(_FALLBACK_ORDER)

        return sorted(attachments, key=order)
    return list(rank_attachments(attachments))


def read_text(data: bytes, content_type: str) -> tuple[str | None, str | None]:
    """(text, problem): the extracted text, or the problem as a sentence; (None, None) when
    text extraction is not installed."""
    try:
        from ..notes.extract import extract_text
    except ImportError:
        return None, None
    try:
        return extract_text(data, content_type), None
    except NoteExtractionError as error:
        return None, error.message


def accept_for(client: FhirClient, content_type: str) -> str:
    """The Accept header for a Binary read on this vendor."""
    if client.vendor == "cerner":
        # Oracle Health: must EQUAL the contentType (or be FHIR JSON); lists are refused.
        return content_type or FHIR_JSON
    return f"{content_type}, {FHIR_JSON};q=0.9" if content_type else FHIR_JSON


def decode_binary_response(response: Any, content_type: str) -> tuple[bytes, str]:
    """(bytes, contentType) from either a raw answer or a FHIR Binary JSON answer."""
    answered = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    body = response.content
    if answered in JSON_TYPES and content_type.lower() not in JSON_TYPES:
        try:
            resource = json.loads(body)
        except ValueError as error:
            raise FatalFhirError("The note's Binary was not valid JSON.") from error
        if not isinstance(resource, dict) or resource.get("resourceType") != "Binary":
            raise FatalFhirError("The EHR answered a Binary read with something else.")
        try:
            data = base64.b64decode(resource.get("data") or "", validate=False)
        except (binascii.Error, ValueError) as error:
            raise FatalFhirError("The note's Binary data is not valid base64.") from error
        return data, resource.get("contentType") or content_type
    return body, answered or content_type


def fetch_note(client: FhirClient, document: dict) -> NoteFetch:
    """Fetch the best readable rendition of one DocumentReference."""
    attachments = [
        item.get("attachment") for item in document.get("content") or []
        if isinstance(item, dict) and isinstance(item.get("attachment"), dict)
    ]  # fmt: skip
    problems: list[tuple[str, str]] = []
    kept: NoteFetch | None = None
    for attachment in rank(attachments):
        content_type = (attachment.get("contentType") or "").split(";")[0].strip()
        if attachment.get("data"):
            try:
                data = base64.b64decode(attachment["data"], validate=False)
            except (binascii.Error, ValueError):
                problems.append(("processing", "inline data is not valid base64"))
                continue
            _text, problem = read_text(data, content_type)
            if problem is None:
                return NoteFetch(inline=True)
            problems.append(("processing", problem))
            continue
        url = attachment.get("url")
        if not url:
            continue
        try:
            full_url = client.resolve(url)
            response = client.get(full_url, accept=accept_for(client, content_type))
            if len(response.content) > MAX_BODY_BYTES:
                raise FatalFhirError("the note is larger than the app reads")
            data, answered_type = decode_binary_response(response, content_type)
        except FhirError as error:
            code = "not-found" if getattr(error, "status", None) in (404, 410) else (
                "timeout" if error.retryable else "processing")  # fmt: skip
            problems.append((code, error.message))
            continue
        text, problem = read_text(data, content_type or answered_type)
        binary = {
            "resourceType": "Binary",
            "id": full_url.rstrip("/").split("/")[-1],
            "contentType": content_type or answered_type,
            "data": base64.b64encode(data).decode("ascii"),
        }
        if problem is None:
            return NoteFetch(binary=binary, full_url=full_url, text=text)
        problems.append(("processing", problem))
        # Keep the bytes (another reader may do better) but try the next rendition first.
        kept = kept or NoteFetch(binary=binary, full_url=full_url)
    if not problems:
        return NoteFetch(problem="the note has no attachment", code="incomplete")
    code, problem = problems[0]
    if kept is not None:
        kept.problem, kept.code = problem, code
        return kept
    return NoteFetch(problem=problem, code=code)
