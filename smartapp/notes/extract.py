"""Clinical note attachments → plain text, from every format EHRs hand out.

Epic lists a note as text/html + text/rtf renditions, Oracle Health as application/pdf +
application/xml (C-CDA), Synthea inline text/plain. :func:`rank_attachments` picks the
rendition that extracts most faithfully (another text rendition is read too, for what it says
that the best one does not: :func:`with_other_renditions`); :func:`extract_text` turns bytes
into text (each format's converter is :mod:`.renditions`; HTML made safe to display is
:mod:`.safe_html`). Every failure is a :class:`~smartapp.errors.NoteExtractionError` whose
message never quotes the note.
"""

from __future__ import annotations

import base64
import binascii
import re

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


#: Renditions read besides the best one, to find one that says something else: the text formats,
#: cheap to read (a PDF beside a C-CDA is the same note laid out for print).
_OTHER_RENDITIONS = frozenset(PREFERENCE[:5])
#: A rendition whose words are mostly not in the best one's is another part of the note, not the
#: same note again. Epic's RTF beside its HTML repeats it or sums it up ("See HTML rendition. A/P:
#: R THA ..." has ~70% or more of its words in the HTML), while an intake form in text/plain with
#: the visit's assessment and plan as an RTF rendition (blind wave 15, AW/tsa-02: a quarter of
#: the RTF's words in the form) left the plan unread.
_SAME_NOTE = 0.5


def may_add(content_type: str) -> bool:
    """True for a rendition worth reading besides the best one (see ``_OTHER_RENDITIONS``)."""
    return media_type(content_type)[0] in _OTHER_RENDITIONS


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def with_other_renditions(texts: list[str]) -> str:
    """The best rendition's text (first), followed by each other rendition that says something
    else (most of its words are in no rendition before it), a blank line apart."""
    kept = [texts[0]]
    for other in texts[1:]:
        words = _words(other)
        seen = set(_words("\n".join(kept)))
        if words and sum(w in seen for w in words) < _SAME_NOTE * len(words):
            kept.append(other)
    return "\n\n".join(kept)


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
