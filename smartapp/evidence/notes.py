"""DocumentReference → :class:`Note` with text: pick the best attachment, find its bytes, extract.

Bytes come from inline ``attachment.data`` or from a Binary in the same bundle named by
``attachment.url`` (``Binary/ID``, an absolute URL ending in it, or the entry's fullUrl): Epic and
Cerner DocumentReferences carry a URL, not inline data (cumulus-etl #171). Text extraction and
attachment ranking belong to :mod:`smartapp.notes.extract`; a note that cannot be read becomes a
warning and a Note with ``text=None``, never a failed report.
"""

from __future__ import annotations

import base64
import binascii
from functools import partial
from typing import Any

from ..errors import NoteExtractionError
from .codes import Code, codes_of
from .dates import first_date
from .record import Note


def _binary_bytes(url: str, index: dict[str, dict]) -> tuple[bytes, str] | None:
    """Return (bytes, contentType) of the Binary the URL names, if the bundle holds it."""
    binary = index.get(url)
    if binary is None:
        parts = url.rstrip("/").split("/")
        if len(parts) >= 2:
            binary = index.get(f"{parts[-2]}/{parts[-1]}")
    if not binary or binary.get("resourceType") != "Binary" or not binary.get("data"):
        return None
    try:
        data = base64.b64decode(binary["data"], validate=False)
    except (binascii.Error, ValueError):
        return None
    return data, binary.get("contentType") or ""


def _note_text(ref: str, attachments: list[dict], index: dict, warnings: list[str]) -> str | None:
    try:
        from ..notes import extract  # imported late: it loads the HTML/RTF/PDF extractors
    except ImportError:
        warnings.append(f"note {ref} could not be read: text extraction is not installed")
        return None
    problems: list[str] = []
    for attachment in extract.rank_attachments(attachments):
        content_type = attachment.get("contentType") or ""
        try:
            if attachment.get("data"):
                data = extract.decode_inline(attachment)
            elif attachment.get("url"):
                found = _binary_bytes(attachment["url"], index)
                if found is None:
                    problems.append("its content is not in the bundle")
                    continue
                data, binary_type = found
                content_type = content_type or binary_type
            else:
                continue
            return extract.extract_text(data, content_type)
        except NoteExtractionError as error:
            problems.append(error.message)
    reason = "; ".join(problems) or "it has no attachment"
    warnings.append(f"note {ref} could not be read: {reason}")
    return None


def build_notes(
    documents: list[tuple[str, dict[str, Any]]], index: dict[str, dict], warnings: list[str]
) -> list[Note]:
    """Turn DocumentReferences into Notes; text is extracted when first read (by window)."""
    notes: list[Note] = []
    for ref, document in documents:
        codes: list[Code] = []
        texts: list[str] = []
        for concept in [document.get("type"), *(document.get("category") or [])]:
            concept_codes, concept_text = codes_of(concept)
            codes.extend(concept_codes)
            texts.append(concept_text)
        attachments = [
            c["attachment"]
            for c in document.get("content") or []
            if isinstance(c, dict) and isinstance(c.get("attachment"), dict)
        ]
        notes.append(
            Note(
                ref=ref,
                date=first_date(document, "date", "context.period.start"),
                codes=tuple(codes),
                status=str(document.get("status") or "current").lower(),
                loader=partial(_note_text, ref, attachments, index, warnings),
                title=" ".join(dict.fromkeys(t for t in texts if t)),
            )
        )
    return notes
