"""The sandbox EHR's "write a note" form: how a demo user fixes a documentation gap.

A clinician who sees a gap in the app writes the missing documentation where they would in a
real EHR — a note in the patient's chart — and presses Re-check in the app. The EHR page's form
(``POST /ehr/notes`` in ``sandbox/ehr.py``) stores the note the way Epic payloads
carry one (``tests/payloads/epic``): a ``Binary`` holding the note as HTML and a
``DocumentReference`` (US Core clinical-note category, LOINC note type, author, date) whose
attachment points at it, so the app reads it through the same search → Binary path as every
other note.

The page is the sandbox's own (no SMART token: the EHR writes to its own store); it is bound to
127.0.0.1 like the rest of the sandbox.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from html import escape
from typing import Any

from flask import current_app

from sandbox.oauth import directory

#: Note types a clinician can pick (LOINC, as the scenario notes use them).
NOTE_TYPES = {
    "11506-3": "Progress note",
    "11488-4": "Consult note",
    "34117-2": "History and physical note",
    "11508-9": "Physical therapy Progress note",
}
MAX_NOTE_CHARS = 20_000
#: Notes are dated at noon US Eastern: CareSource's members are in Eastern/Central states, and
#: scoring compares dates, not times.
NOTE_TIME = "T12:00:00-05:00"


class NoteError(ValueError):
    """A note the EHR will not store (empty, too long, unknown patient, bad date)."""


def note_html(text: str) -> str:
    """The note as the HTML an EHR renders: one paragraph per blank-line-separated block."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    body = "".join(
        "<p>" + "<br>".join(escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block
    )
    return f"<html><body>{body}</body></html>"


def checked_note(form: Any) -> tuple[str, str, str, dt.date, str]:
    patient = form.get("patient", "")
    if not directory.exists("Patient", patient):
        raise NoteError("Unknown patient.")
    note_type = form.get("note_type", "")
    if note_type not in NOTE_TYPES:
        raise NoteError("Pick a note type from the list.")
    text = form.get("text", "").strip()
    if not text:
        raise NoteError("The note is empty: write what was done or found.")
    if len(text) > MAX_NOTE_CHARS:
        raise NoteError(f"The note is longer than {MAX_NOTE_CHARS:,} characters.")
    try:
        when = dt.date.fromisoformat(form.get("date", ""))
    except ValueError as error:
        raise NoteError("Give the note's date as YYYY-MM-DD.") from error
    # ``author`` on the chart page; ``practitioner`` (the signed-in user) when a client omits it.
    author = form.get("author") or form.get("practitioner") or ""
    if author not in {choice.id for choice in directory.practitioners()}:
        raise NoteError("Pick the practitioner who writes the note.")
    return patient, note_type, text, when, author


def _create(resource: dict[str, Any]) -> dict[str, Any]:
    """Create ``resource`` in the engine; returns it with the id the engine gave it."""
    engine = current_app.extensions["sandbox"].engine
    body = json.dumps(resource).encode()
    headers = {"Content-Type": "application/fhir+json"}
    status, _, answer = engine.request("POST", resource["resourceType"], headers=headers, body=body)
    if status != 201:
        raise RuntimeError(f"engine create {resource['resourceType']} answered {status}")
    return json.loads(answer)


def save_note(patient: str, note_type: str, text: str, when: dt.date, author: str) -> str:
    """Store the note (Binary + DocumentReference); returns the DocumentReference id."""
    title = NOTE_TYPES[note_type]
    moment = when.isoformat() + NOTE_TIME
    html = note_html(text).encode()
    binary = _create({"resourceType": "Binary", "contentType": "text/html",
                      "data": base64.b64encode(html).decode()})  # fmt: skip
    document = _create({
        "resourceType": "DocumentReference",
        "status": "current",
        "docStatus": "final",
        "type": {"coding": [{"system": "http://loinc.org", "code": note_type, "display": title}],
                 "text": title},
        "category": [{"coding": [{
            "system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
            "code": "clinical-note", "display": "Clinical Note"}]}],
        "subject": {"reference": f"Patient/{patient}"},
        "date": moment,
        "author": [{"reference": f"Practitioner/{author}"}],
        "content": [{"attachment": {"contentType": "text/html", "url": f"Binary/{binary['id']}",
                                    "title": title, "creation": moment}}],
        "context": {"period": {"start": moment}},
    })  # fmt: skip
    return str(document["id"])


def recent_notes(patient: str, limit: int = 10) -> list[dict[str, str]]:
    """The chart's latest notes for the page: id, date, type."""
    query = {"patient": patient, "_sort": "-date", "_count": str(limit)}
    found = directory.search("DocumentReference", query, limit)
    return [{"id": str(doc.get("id", "")), "date": str(doc.get("date", ""))[:10],
             "type": str((doc.get("type") or {}).get("text") or "Note")}
            for doc in found]  # fmt: skip
