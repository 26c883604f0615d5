"""A note's text from its attachments (:func:`attachment_text`): the best readable rendition, and
another text rendition where it says something else.

Bytes come from inline ``attachment.data`` or from a Binary in the same bundle named by
``attachment.url`` (``Binary/ID``, an absolute URL ending in it, or the entry's fullUrl): Epic and
Cerner DocumentReferences carry a URL, not inline data (cumulus-etl #171); a text retrieval
already extracted on the way in is reused. Text extraction and attachment ranking belong to
:mod:`smartapp.notes.extract`; an attachment that cannot be read is a warning and the reason in
``unread``, and a note none of whose attachments can be read has no text (None).

Split out of notes.py, which turns the record's documents, reports, orders and charted comments
into Notes whose text is read here when first asked for.
"""

from __future__ import annotations

import base64
import binascii

from ..errors import NoteExtractionError
from .notices import fetched
from .shapes import as_str


def _binary_bytes(url: str, index: dict[str, dict]) -> tuple[bytes, str] | None:
    """Return (bytes, contentType) of the Binary the URL names, if the bundle holds it.

    :raises NoteExtractionError: its data is not base64 (decoded leniently, corrupt data would
        become garbage bytes that might pass for text).
    """
    binary = index.get(url)
    if binary is None:
        parts = url.rstrip("/").split("/")
        if len(parts) >= 2:
            binary = index.get(f"{parts[-2]}/{parts[-1]}")
    if not isinstance(binary, dict) or binary.get("resourceType") != "Binary":
        return None
    data = as_str(binary.get("data")) if len(str(binary.get("data") or "")) < 10_000_000 else ""
    if not data:
        return None
    try:
        decoded = base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError) as error:
        raise NoteExtractionError("the note's Binary data is not valid base64") from error
    return decoded, as_str(binary.get("contentType"))


#: Why a note whose every rendition decodes to no words is unread, not a note that says nothing.
EMPTY_TEXT = "its text is empty"


def _keep_text(text: str, read: list[str], problems: list[str]) -> None:
    """Keep a rendition's text; one with no words at all (whitespace, an RTF of formatting only,
    an HTML shell) was not read: what the note says is somewhere the EHR did not send, so it must
    not count as a note without the evidence ("missing") -- it is "could not be checked"."""
    if text.strip():
        read.append(text)
    else:
        problems.append(EMPTY_TEXT)


def attachment_text(
    ref: str,
    attachments: list[dict],
    index: dict,
    warnings: list[str],
    texts: dict[str, str] | None = None,
    unread: dict[str, str] | None = None,
) -> str | None:
    """The text of the best readable attachment, and of another text rendition that says
    something else (extract.with_other_renditions); None (a warning, and ``unread[ref]`` says
    why) when none can be read."""
    try:
        from ..notes import extract  # imported late: it loads the HTML/RTF/PDF extractors
    except ImportError:
        warnings.append(f"note {ref} could not be read: text extraction is not installed")
        if unread is not None:
            unread[ref] = "text extraction is not installed"
        return None
    problems: list[str] = []
    read: list[str] = []
    for attachment in extract.rank_attachments(attachments):
        content_type = as_str(attachment.get("contentType"))
        if read and not extract.may_add(content_type):
            continue
        try:
            if attachment.get("data"):
                data = extract.decode_inline(attachment)
            elif as_str(attachment.get("url")):
                url = as_str(attachment.get("url"))
                done = texts or {}
                known = done.get(url) or done.get("/".join(url.rstrip("/").split("/")[-2:]))
                if known is not None:  # extracted once already, on its way in (retrieval)
                    _keep_text(known, read, problems)
                    continue
                found = _binary_bytes(as_str(attachment.get("url")), index)
                if found is None:
                    # Retrieval said why it has no bytes (a 404, a timeout, another host).
                    why = fetched(unread or {}, ref) or "its content is not in the bundle"
                    problems.append(why)
                    continue
                data, binary_type = found
                content_type = content_type or binary_type
            else:
                continue
            _keep_text(extract.extract_text(data, content_type), read, problems)
        except NoteExtractionError as error:
            problems.append(error.message)
    if read:  # another rendition is read only for what the first leaves out (extract.py)
        return extract.with_other_renditions(read)
    reason = "; ".join(dict.fromkeys(problems)) or "it has no attachment"
    warnings.append(f"note {ref} could not be read: {reason}")
    if unread is not None:
        unread[ref] = reason
    return None
