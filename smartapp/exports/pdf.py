"""PDFs of a gap report and of an appeal packet (fpdf2), clean on paper.

Gap report: patient name and birth date (the record id only when unnamed), the order, service,
checklist id+version, as-of date, the readiness verdict, then the required gaps grouped by the
denial they would cause (each with remedy, what was searched and the evidence), required items
that could not be checked, recommended gaps, what is documented, what was read, and the could-
not-check warnings. Every page carries the app's marker line (smartapp.evidence.app_output), so
a PDF written back to the chart is recognised and never read as a clinical note. Statuses are
words, never colour alone. Appeal packet: the letter with numbered citations, the P2P sheet
(optional), the gap report, then the text of every attached note. All text goes through
:func:`smartapp.exports.pdf_text.safe_text`, so hostile note text cannot break generation.
"""

from __future__ import annotations

from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from ..evidence.app_output import marker_line
from .pdf_report import render_gap_report, running_head
from .pdf_text import PdfFont, find_font, safe_text


class Document:
    """A thin layer over FPDF: headings, paragraphs, key/value lines, bullets — all sanitised."""

    def __init__(self, title: str, font: PdfFont | None = None, *, kind: str = "gap-report"):
        self.font = font or find_font()
        self.marker = marker_line(kind)
        self.pdf = FPDF(format="Letter")
        self.pdf.set_auto_page_break(auto=True, margin=18)
        self.pdf.set_margins(18, 16, 18)
        self.pdf.set_title(safe_text(title, self.font))
        self.pdf.set_creator("smartapp PA documentation check")
        if self.font.unicode:
            self.pdf.add_font("body", "", str(self.font.regular))
            self.pdf.add_font("body", "B", str(self.font.bold))
            self.family = "body"
        else:
            self.family = "helvetica"
        self.pdf.alias_nb_pages()
        self.pdf.footer = self._footer  # type: ignore[method-assign]
        self.pdf.header = self._header  # type: ignore[method-assign]
        #: Whose report this is, printed atop every page (set before the first page): a page
        #: separated from the rest must still say which patient, order and checklist it is for.
        self.running_head = ""

    def _header(self) -> None:
        if not self.running_head:
            return
        self.pdf.set_font(self.family, "", 7.5)
        self.pdf.set_text_color(80)
        self.pdf.multi_cell(0, 3.6, safe_text(self.running_head, self.font), align="L",
                            new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
        self.pdf.set_text_color(0)
        self.pdf.ln(2)

    def _footer(self) -> None:
        # The marker on every page: the text survives any EHR that drops FHIR metadata.
        self.pdf.set_y(-15)
        self.pdf.set_font(self.family, "", 7)
        self.pdf.cell(0, 4, safe_text(self.marker, self.font), align="C",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
        self.pdf.set_font(self.family, "", 8)
        self.pdf.cell(0, 5, f"Page {self.pdf.page_no()}/{{nb}}", align="C")

    def page(self) -> None:
        self.pdf.add_page()

    def text(self, text: object, size: float = 10, bold: bool = False, indent: float = 0) -> None:
        self.pdf.set_font(self.family, "B" if bold else "", size)
        self.pdf.set_x(self.pdf.l_margin + indent)
        width = self.pdf.w - self.pdf.l_margin - self.pdf.r_margin - indent
        self.pdf.multi_cell(
            width,
            size * 0.5,
            safe_text(text, self.font),
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def heading(self, text: str, level: int = 1) -> None:
        self.pdf.ln(3 if level > 1 else 5)
        self.text(text, size={1: 16, 2: 13, 3: 11}[level], bold=True)
        self.pdf.ln(1)

    def pair(self, label: str, value: object) -> None:
        self.text(f"{label}: {value}")

    def bullet(self, text: object, indent: float = 4) -> None:
        self.text(f"• {text}" if self.font.unicode else f"- {text}", indent=indent)

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def gap_report_pdf(report: dict[str, Any], *, font: PdfFont | None = None) -> bytes:
    """The gap report (``score_bundle``'s dict) as PDF bytes."""

    doc = Document(f"Gap report {report['checklist']['id']}", font)
    doc.running_head = running_head(report)
    doc.page()
    render_gap_report(doc, report)
    return doc.output()


def _letter(doc: Document, letter: dict[str, Any]) -> None:
    doc.heading(letter["title"])
    doc.pair("Date", letter["date"])
    doc.pair("To", letter["addressee"])
    sources: list[dict[str, str]] = []  # numbered by reference, first label kept
    numbers: dict[str, int] = {}
    for paragraph in letter["paragraphs"]:
        if paragraph.get("heading"):
            doc.heading(paragraph["heading"], 3)
        parts = []
        for sentence in paragraph["sentences"]:
            marks = []
            for citation in sentence["citations"]:
                if citation["reference"] not in numbers:
                    sources.append(citation)
                    numbers[citation["reference"]] = len(sources)
                marks.append(str(numbers[citation["reference"]]))
            parts.append(sentence["text"] + (f" [{', '.join(marks)}]" if marks else ""))
        doc.text(" ".join(parts))
        doc.pdf.ln(2)
    doc.text(letter["signature"]["text"], bold=True)
    if sources:
        doc.heading("Sources cited", 3)
        for number, source in enumerate(sources, 1):
            label = f" — {source['label']}" if source.get("label") else ""
            doc.text(f"[{number}] {source['reference']}{label}", size=8.5)


def _p2p(doc: Document, packet: dict[str, Any]) -> None:
    sheet = packet["p2p"]
    doc.heading("Peer-to-peer preparation sheet")
    doc.heading("The case in five lines", 3)
    for line in sheet["case"]:
        refs = ", ".join(c["reference"] for c in line["citations"])
        doc.bullet(line["text"] + (f" [{refs}]" if refs else ""))
    doc.heading("Criteria met", 3)
    for item in sheet["criteria_met"] or [{"id": "", "title": "none", "evidence": []}]:
        doc.bullet(f"{item['id']} {item['title']}")
        for evidence in item["evidence"][:2]:
            doc.text(f"{evidence['reference']}: {evidence['snippet']}", size=8.5, indent=10)
    doc.heading("What the reviewer will ask about", 3)
    for item in sheet["reviewer_will_ask"] or [{"id": "", "title": "no open items", "status": ""}]:
        doc.bullet(f"{item['id']} {item['title']} {item['status']}".strip())
        if item.get("prepare"):
            doc.text(f"Prepare: {item['prepare']}", size=8.5, indent=10)
    line = sheet["um_line"]
    doc.heading("Call", 3)
    doc.text(f"CareSource UM {line['phone']}: {line['instructions']} ({line['hours']}).")
    if sheet["deadline"]:
        deadline = sheet["deadline"]
        sure = "" if deadline["verified"] else " (rule not verified: check the denial letter)"
        doc.text(f"Call by {deadline['due']}{sure}. {sheet['before_clinical_appeal']}", bold=True)
    doc.heading("Deadlines", 3)
    for deadline in packet["deadlines"]["deadlines"]:
        state = "OVERDUE" if deadline["overdue"] else f"{deadline['days_left']} days left"
        doc.bullet(f"{deadline['name']}: {deadline['due']} ({state}) — {deadline['rule']}")
    doc.heading("Appeal documentation checklist", 3)
    for entry in packet["documentation_checklist"]:
        box = "[x]" if entry.get("ticked") else "[ ]"
        doc.text(f"{box} {entry['label']} — {entry['status']}", indent=4)


def appeal_packet_pdf(
    packet: dict[str, Any], *, include_p2p: bool = True, font: PdfFont | None = None
) -> bytes:
    """The appeal packet (``build_packet``'s dict) as one PDF: letter, P2P sheet, gap report,
    attached notes."""
    doc = Document(f"Appeal packet {packet['service']['code']}", font, kind="appeal-packet")
    doc.running_head = running_head(packet["report"])
    doc.page()
    _letter(doc, packet["letter"])
    if include_p2p:
        doc.page()
        _p2p(doc, packet)
    doc.page()
    render_gap_report(doc, packet["report"])
    for number, attachment in enumerate(packet["attachments"], 1):
        doc.page()
        when = f" ({attachment['date']})" if attachment.get("date") else ""
        doc.heading(f"Attachment {number}: {attachment['title']}{when}", 2)
        doc.text(f"{attachment['reference']} — {'; '.join(attachment['reasons'])}", size=8.5)
        doc.pdf.ln(2)
        body = attachment.get("text")
        doc.text(
            body
            if body
            else "The text of this document could not be read here; attach it from the EHR.",
            size=9.5,
        )
    return doc.output()
