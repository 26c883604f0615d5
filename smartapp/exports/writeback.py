"""Write a PDF back to the EHR as an R4 DocumentReference, when the granted scopes allow it.

:func:`can_write_back` reads the token response's ``scope`` string: SMART v1
``patient|user/DocumentReference.write`` (or ``.*``, or ``*.write``/``*.*``) and v2 permissions
that include ``c`` in canonical ``cruds`` order (``.c``, ``.cr``, ``.cruds``…). A v2 scope with a
``?param=`` filter is *not* taken as permission: the server decides what the filter admits, and
a refused write is worse than not offering one. :func:`write_back` sends the resource through
the one client seam (:meth:`smartapp.fhir.client.FhirClient.create`).

Every document carries the app's markers (:mod:`smartapp.evidence.app_output`): a ``meta.tag``
and an ``identifier`` in the app's own systems, an attachment title naming the app, and the
marker line printed in the PDF itself, so a later check never reads it back as a clinical note.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from datetime import datetime
from typing import Any

from .. import lazy_re
from ..errors import FatalFhirError, FhirAuthError, WriteBackRefusedError
from ..evidence.app_output import markers, title_for
from ..fhir.client import FhirClient

log = logging.getLogger(__name__)

_SCOPE_RE = lazy_re.compile(r"^(patient|user|system)/(DocumentReference|\*)\.([a-z*]+)$")
_V2_RE = lazy_re.compile(r"^c?r?u?d?s?$")
LOINC = "http://loinc.org"
#: LOINC document type: both PDFs are administrative (prior-authorization paperwork about the
#: record, not clinical findings), so neither is filed as a clinical report; the description
#: says which one it is.
DOCUMENT_TYPES = {
    "gap-report": ("51851-4", "Administrative note"),
    "appeal-packet": ("51851-4", "Administrative note"),
    "questionnaire-response": ("74465-6", "Questionnaire response Document"),
}
US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"


def can_write_back(granted_scope: str | None) -> bool:
    """True when the granted scopes let the app create a DocumentReference."""
    for scope in (granted_scope or "").split():
        match = _SCOPE_RE.match(scope)
        if match is None:
            continue
        permission = match.group(3)
        if permission in ("write", "*"):
            return True
        if permission != "read" and _V2_RE.match(permission) and "c" in permission:
            return True
    return False


def build_document_reference(
    pdf: bytes,
    *,
    patient_ref: str,
    created: datetime,
    description: str,
    kind: str = "gap-report",
    author_ref: str | None = None,
    title: str | None = None,
    content_type: str = "application/pdf",
    renditions: tuple[tuple[bytes, str], ...] = (),
) -> dict[str, Any]:
    """An R4 DocumentReference carrying ``pdf`` inline (base64).

    :param created: when the PDF was made (passed in: nothing here reads the clock).
    :param author_ref: the user's ``fhirUser`` (``Practitioner/123``), when the launch gave one.
        EHRs set the author to the signed-in practitioner anyway (Oracle Health refuses any other
        author), so the app is named by the markers, not by ``author``.
    :param title: the attachment title after the app's name (default: the description).
    :param content_type: of the first attachment (``pdf``): a questionnaire response is text.
    :param renditions: further (bytes, contentType) attachments of the same document, e.g. the
        QuestionnaireResponse as FHIR JSON after its readable text.
    """
    code, display = DOCUMENT_TYPES[kind]
    digest = hashlib.sha256(pdf).hexdigest()
    marked = markers(kind, digest)
    resource: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "meta": marked["meta"],
        "status": "current",
        "docStatus": "final",
        # The content hash identifies the PDF: a second write of the same bytes is recognisable.
        "identifier": [
            {"system": "urn:ietf:rfc:3986", "value": f"urn:sha256:{digest}"},
            *marked["identifier"],
        ],
        "type": {
            "coding": [{"system": LOINC, "code": code, "display": display}],
            "text": display,
        },
        "category": [
            {
                "coding": [
                    {
                        "system": US_CORE_CATEGORY,
                        "code": "clinical-note",
                        "display": "Clinical Note",
                    }
                ]
            }
        ],
        "subject": {"reference": patient_ref},
        "date": created.isoformat(),
        "description": description[:500],
        "content": [
            _attachment(data, kind_type, created, title_for(kind, title or description))
            for data, kind_type in ((pdf, content_type), *renditions)
        ],
    }
    if author_ref:
        resource["author"] = [{"reference": author_ref}]
    return resource


def _attachment(data: bytes, content_type: str, created: datetime, title: str) -> dict[str, Any]:
    return {
        "attachment": {
            "contentType": content_type,
            "data": base64.b64encode(data).decode("ascii"),
            "size": len(data),
            "hash": base64.b64encode(hashlib.sha1(data).digest()).decode("ascii"),  # noqa: S324 -- FHIR Attachment.hash is defined as SHA-1
            "title": title[:200],
            "creation": created.isoformat(),
        }
    }


def write_back(client: FhirClient, document_reference: dict[str, Any]) -> dict[str, Any]:
    """Create the DocumentReference; returns ``{"id", "location", "resource"}``.

    Raises the client's typed errors; a 403 is :class:`~smartapp.errors.WriteBackRefusedError`
    ("The EHR did not allow adding documents to this chart"), not the user's input at fault.
    """
    try:
        created, location = client.create(document_reference)
    except FatalFhirError as error:
        if error.status != 403 or isinstance(error, FhirAuthError):
            raise
        raise WriteBackRefusedError(
            "The EHR did not allow adding documents to this chart.",
            status=403, detail=error.detail,
        ) from error  # fmt: skip
    new_id = created.get("id") or (location or "").rstrip("/").split("/_history")[0].split("/")[-1]
    log.info("write-back: DocumentReference created (id present: %s)", bool(new_id))
    return {"id": new_id or None, "location": location, "resource": created}
