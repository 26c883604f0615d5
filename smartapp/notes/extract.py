"""Clinical note attachments → plain text, from every format EHRs hand out.

Epic lists a note as text/html + text/rtf renditions, Oracle Health as application/pdf +
application/xml (C-CDA), Synthea inline text/plain. :func:`rank_attachments` picks the
rendition that extracts most faithfully; :func:`extract_text` turns bytes into text (each
format's converter is :mod:`.renditions`; HTML made safe to display is :mod:`.safe_html`). Every
failure is a :class:`~smartapp.errors.NoteExtractionError` whose message never quotes the note.
"""

from __future__ import annotations

import base64
import binascii

from charset_normalizer import from_bytes

from ..errors import NoteExtractionError
from .renditions import (
    HTML_PICTURE,
    html_to_text,
    not_scanned,
    pdf_to_text,
    rtf_to_text,
    tidy,
    xml_to_text,
)

#: Best first. HTML keeps paragraphs and is what Epic shows; PDF text order is least reliable.
PREFERENCE = (
    "text/plain",
    "text/html",
    "application/xhtml+xml",
    "text/rtf",
    "application/rtf",
    "application/xml",
    "text/xml",
    "application/pdf",
)
MAX_BYTES = 5_000_000


def media_type(content_type: str) -> tuple[str, str | None]:
    """(lower-case media type, charset or None) from a Content-Type value."""
    value = content_type if isinstance(content_type, str) else ""
    parts = [p.strip() for p in value.split(";")]
    charset = next(
        (p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")),
        None,
    )
    return parts[0].lower(), charset


def rank_attachments(attachments: list[dict]) -> list[dict]:
    """Attachments ordered best rendition first; unknown types last (in their given order)."""

    def rank(attachment: dict) -> int:
        kind, _ = media_type(attachment.get("contentType") or "")
        return PREFERENCE.index(kind) if kind in PREFERENCE else len(PREFERENCE)

    return sorted(attachments, key=rank)


def decode_inline(attachment: dict) -> bytes:
    """The bytes of ``attachment.data`` (base64)."""
    try:
        return base64.b64decode("".join(str(attachment.get("data", "")).split()), validate=True)
    except (binascii.Error, ValueError) as error:
        raise NoteExtractionError("the note's inline data is not valid base64") from error


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Text from bytes: the declared charset, else UTF-8, else the detected encoding."""
    for encoding in filter(None, (charset, "utf-8")):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data).best()
    if best is None:
        raise NoteExtractionError("the note's character encoding could not be determined")
    return str(best)


def extract_text(data: bytes, content_type: str, *, max_bytes: int = MAX_BYTES) -> str:
    """Plain text of one note rendition; NoteExtractionError when it cannot be read."""
    if len(data) > max_bytes:
        raise NoteExtractionError(f"the note is larger than {max_bytes // 1_000_000} MB")
    kind, charset = media_type(content_type)
    if kind == "application/pdf":
        return pdf_to_text(data)
    if kind in ("application/xml", "text/xml"):
        return xml_to_text(data)
    if kind not in (
        "text/plain",
        "text/html",
        "application/xhtml+xml",
        "text/rtf",
        "application/rtf",
    ):
        raise NoteExtractionError(f"notes of type {kind or 'unknown'} cannot be read")
    text = decode_bytes(data, charset)
    if kind == "text/plain":
        return tidy(text)
    if kind in ("text/rtf", "application/rtf"):
        return rtf_to_text(text)
    return not_scanned(html_to_text(text), bool(HTML_PICTURE.search(text)), "HTML")
