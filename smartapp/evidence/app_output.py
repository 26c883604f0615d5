"""Documents this app wrote to the chart (gap reports, appeal packets, questionnaire responses)
are not clinical evidence.

Everything the app writes carries markers (:func:`markers`), and a record read back drops every
DocumentReference that carries one, or whose text is recognisably the app's output, before the
engine sees the notes (:func:`screen_notes`). Without this a Re-check reads the app's own report
as a note: its "MISSING — LMRI-003 …" lines and remedies ("saddle anaesthesia …") become
findings, and the appeal letter encloses the app's report as a medical record (issue 12).

What survives an EHR round trip differs (docs/appeals.md §6): a FHIR server keeps ``meta.tag``
and ``identifier``; Oracle Health's DocumentReference create ignores fields it does not support
(``meta``, ``identifier``) and sets the author to the signed-in practitioner, but keeps the
description and the attachment title; Epic files a note from the content. So the marker that
always survives is a line in the document text itself, and older write-backs, which carry no
marker, are recognised by the shape of their text (the gap report's "MISSING — LMRI-003" lines).

A note not fetched because it is dated before every lookback window (smartapp.fhir.retrieve,
issue 19) has no text here, so only its FHIR markers can screen it. An old write-back known only
by its text therefore stays among the notes, unread: it lies outside every window, so no item
can count it as evidence (its text is never read), and it is listed as "not read", not cited.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import lazy_re
from .record import Note

log = logging.getLogger(__name__)

#: The app's name as its documents state it (title, description, text marker).
APP_NAME = "PA Documentation Check"
#: Code system of the ``meta.tag`` every written document carries (code = the kind).
TAG_SYSTEM = "urn:smartapp:pa-documentation-check:output"
#: Identifier system of written documents (value = ``<kind>:<sha256 of the PDF>``).
IDENTIFIER_SYSTEM = "urn:smartapp:pa-documentation-check:document"
KINDS = {
    "gap-report": "gap report",
    "appeal-packet": "appeal packet",
    # A check's QuestionnaireResponse, written as a DocumentReference (a readable text rendition
    # first, the FHIR JSON after it): its answers quote the checklist ("Conservative treatment
    # for at least 6 weeks: Yes") and would read as findings.
    "questionnaire-response": "questionnaire response",
}
#: Only this much of a note's text is searched for the marker and the report shape (speed).
SCAN_CHARS = 200_000

#: The marker line printed in every document the app writes (first page and every footer).
_MARKER_RE = lazy_re.compile(
    rf"{re.escape(APP_NAME)}\s+output\s*\(\s*(gap-report|appeal-packet|questionnaire-response)\s*\)",
    re.IGNORECASE,
)
#: A gap report's item line, as every version of the PDF prints it ("PARTIAL — LMRI-004 …").
_ITEM_LINE_RE = lazy_re.compile(
    r"^\s*(MISSING|PARTIAL|UNKNOWN|MET|NOT_APPLICABLE)\s+[—–-]\s+[A-Z]{2,5}-\d{3}\b", re.MULTILINE
)
_REPORT_HEAD_RE = lazy_re.compile(
    r"Documentation gap report|^\s*Readiness:\s*\d{1,3}/100\b|^\s*Checklist:\s*caresource-",
    re.IGNORECASE | re.MULTILINE,
)


def marker_line(kind: str) -> str:
    """The sentence printed in the document itself; it is what survives any EHR."""
    return (
        f"{APP_NAME} output ({kind}) — written by the app from the chart; "
        "not clinical documentation."
    )


def markers(kind: str, digest: str) -> dict[str, Any]:
    """The DocumentReference fields that mark a document as written by this app."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}")
    return {
        "meta": {"tag": [{"system": TAG_SYSTEM, "code": kind, "display": f"{APP_NAME} output"}]},
        "identifier": [{"system": IDENTIFIER_SYSTEM, "value": f"{kind}:{digest}"}],
    }


def title_for(kind: str, detail: str) -> str:
    """An attachment title naming the app and the kind, e.g. "PA Documentation Check gap
    report, CPT 72148 (2026-11-22)"."""
    return f"{APP_NAME} {KINDS[kind]}, {detail}"


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _codings(resource: dict[str, Any], *path: str) -> list[dict[str, Any]]:
    value: Any = resource
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []


def marked_by(document: dict[str, Any]) -> str | None:
    """Why a resource's metadata says the app wrote it, or None: a DocumentReference, or a
    QuestionnaireResponse (whose ``identifier`` is one Identifier, not a list)."""
    if any(tag.get("system") == TAG_SYSTEM for tag in _codings(document, "meta", "tag")):
        return "meta.tag"
    identifiers = _codings(document, "identifier")
    if isinstance(document.get("identifier"), dict):
        identifiers = [document["identifier"]]
    if any(i.get("system") == IDENTIFIER_SYSTEM for i in identifiers):
        return "identifier"
    titles = [str(document.get("description") or "")]
    contents = document.get("content")
    for content in contents if isinstance(contents, list) else []:  # malformed: "content": true
        attachment = content.get("attachment") if isinstance(content, dict) else None
        if isinstance(attachment, dict):
            titles.extend(_strings(attachment.get("title")))
    for title in titles:
        lowered = title.lower()
        if APP_NAME.lower() in lowered and any(k in lowered for k in KINDS.values()):
            return "title"
    return None


def text_marked_by(text: str | None) -> str | None:
    """Why a document's text says the app wrote it: its marker line, or the shape of an older
    gap report (report heading plus item lines such as "MISSING — LMRI-003 …"), or None."""
    if not text:
        return None
    head = text[:SCAN_CHARS]
    if _MARKER_RE.search(head):
        return "text marker"
    items = len(_ITEM_LINE_RE.findall(head))
    if items >= 2 or (items and _REPORT_HEAD_RE.search(head)):
        return "gap report text"
    return None


@dataclass(frozen=True)
class AppDocument:
    """A DocumentReference left out of the record because the app wrote it."""

    reference: str
    why: str  # meta.tag | identifier | title | text marker | gap report text

    def as_dict(self) -> dict[str, str]:
        return {"reference": self.reference, "why": self.why}


def screen_notes(
    notes: list[Note], index: dict[str, dict[str, Any]], skipped: list[AppDocument]
) -> list[Note]:
    """The notes that are not the app's own output; the others are appended to ``skipped``.

    Metadata is checked first (no decoding); every other note's text is read here, because an
    older write-back carries no marker but its text, and a report the engine would otherwise
    cite as "outside the window" is never decoded by the engine. A note whose text cannot be
    read stays in the record (it is unreadable, not ours).
    """
    kept: list[Note] = []
    for note in notes:
        why = marked_by(index.get(note.ref) or {})
        if why is None and not note.not_fetched:
            try:
                why = text_marked_by(note.text)
            except Exception as error:  # an extraction crash is the engine's to report
                log.warning("app-output check skipped a note: %s", type(error).__name__)
        if why is None:
            kept.append(note)
        else:
            skipped.append(AppDocument(note.ref, why))
    if skipped:
        log.info("record: %d documents written by this app were not counted", len(skipped))
    return kept


def without_citations(report: dict[str, Any], documents: list[AppDocument]) -> dict[str, Any]:
    """``report`` with no evidence citing one of ``documents`` (a report scored before they were
    recognised must not make an appeal letter quote the app's own output)."""
    refs = {d.reference for d in documents}
    if not refs:
        return report
    items = [
        {**item, "evidence": [e for e in item.get("evidence") or []
                              if str(e.get("reference", "")).split("#")[0] not in refs]}
        for item in report.get("items") or []
    ]  # fmt: skip
    return {**report, "items": items}
