"""Note text from every format EHRs hand out, and hostile or broken input refused clearly."""

from __future__ import annotations

import base64
import io
import re

import pytest
from ehr_payloads import binary, document
from fpdf import FPDF

from sandbox import synthetic
from smartapp.errors import NoteExtractionError
from smartapp.notes.extract import decode_inline, extract_text, rank_attachments
from smartapp.notes.safe_html import sanitize_note_html


def binary_bytes(name: str, content_type: str) -> tuple[bytes, str]:
    """A note as the EHR's FHIR Binary JSON carries it: (decoded bytes, contentType)."""
    wrapped = binary(name, content_type)
    return base64.b64decode(wrapped["data"]), wrapped["contentType"]


def test_oracle_html_admission_note():
    data, content_type = binary_bytes("oracle/notes/admission-h-and-p.html", "text/html")
    text = extract_text(data, content_type)
    assert "History of Present Illness" in text and "walks 20 feet before stopping" in text
    assert "38.9 °C" in text and "<08/03/2026 21:14>" in text  # entities decoded
    assert not re.search(r"<[a-z/!]", text)  # no tags left
    for markup in ("&nbsp;", "&deg;", "font-family", "window.print"):
        assert markup not in text  # no entities, styles or scripts


def test_epic_ccda_sections_and_narrative():
    data, content_type = binary_bytes("epic/notes/summary.ccda.xml", "application/xml")
    text = extract_text(data, content_type)
    assert len(text) > 200
    assert "<" not in text
    sections = ("Active Problems", "Medications", "Last Filed Vital Signs", "Plan of Treatment")
    assert all(section in text for section in sections)
    assert "naproxen 500 mg tablet" in text and "Café" in text


def test_epic_html_and_rtf_renditions_say_the_same():
    html = extract_text(document("epic/notes/progress-note.html"), "text/html")
    rtf = extract_text(document("epic/notes/progress-note.rtf"), "text/rtf")
    for passage in ("12 weeks of physical therapy", "naproxen 500 mg twice daily",
                    "cannot kneel or climb a step stool", "range of motion 5–105°"):  # fmt: skip
        assert passage in html and passage in rtf


def test_oracle_pdf_rendition():
    text = extract_text(document("oracle/notes/discharge-summary.pdf"), "application/pdf")
    assert "6 minute walk on room air SpO2 fell to 84 percent" in " ".join(text.split())


def test_rtf_note():
    rtf = (
        rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0 Low back pain for 8 weeks.\par "
        rb"Exam: positive straight leg raise.\par}"
    )
    text = extract_text(rtf, "text/rtf")
    assert "Low back pain for 8 weeks." in text and "straight leg raise" in text


def test_pdf_note():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Completed 6 weeks of physical therapy without relief.")
    text = extract_text(bytes(pdf.output()), "application/pdf")
    assert "6 weeks of physical therapy" in text


def test_plain_text_with_declared_and_detected_charsets():
    assert (
        extract_text("Café visit".encode("latin-1"), "text/plain; charset=ISO-8859-1")
        == "Café visit"
    )
    assert "Patient déclaré" in extract_text("Patient déclaré".encode(), "text/plain")


def test_inline_plain_text_notes_of_a_generated_patient():
    # Stored as Synthea does: text/plain; charset=utf-8 in attachment.data.
    bundle = synthetic.bundle("gen-backpain")
    documents = [e["resource"] for e in bundle["entry"]
                 if e["resource"]["resourceType"] == "DocumentReference"]  # fmt: skip
    inline = [d for d in documents if "data" in d["content"][0]["attachment"]]
    assert len(inline) >= 20
    for document_reference in inline:
        attachment = rank_attachments([c["attachment"] for c in document_reference["content"]])[0]
        text = extract_text(decode_inline(attachment), attachment["contentType"])
        assert text.startswith(attachment["title"]) and "HPI:" in text


def test_hostile_html_becomes_inert_text():
    hostile = (
        b'<p>Visit note</p><script>alert(document.cookie)</script><img src=x onerror="alert(1)">'
        b'<a href="javascript:alert(2)">addendum</a><style>body{display:none}</style>'
        b"<!-- <script>x</script> -->"
    )
    text = extract_text(hostile, "text/html")
    assert "alert" not in text and "script" not in text and "display" not in text
    assert "Visit note" in text and "addendum" in text


def test_sanitize_keeps_formatting_and_drops_active_content():
    safe = sanitize_note_html(
        '<p onclick="x()"><b>Plan</b><script>bad()</script>'
        '<a href="javascript:alert(1)">link</a><iframe src="x"></iframe></p>'
    )
    assert "<b>Plan</b>" in safe
    for bad in ("onclick", "script", "javascript:", "iframe", "bad()"):
        assert bad not in safe


def test_rank_prefers_html_over_rtf_and_xml_over_pdf():
    ranked = rank_attachments(
        [{"contentType": "text/rtf"}, {"contentType": "text/html; charset=utf-8"}]
    )
    assert ranked[0]["contentType"].startswith("text/html")
    ranked = rank_attachments(
        [{"contentType": "application/pdf"}, {"contentType": "application/xml"}]
    )
    assert ranked[0]["contentType"] == "application/xml"


@pytest.mark.parametrize(
    ("data", "content_type", "message"),
    [
        (b"%PDF-1.4 not really a pdf", "application/pdf", "PDF"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
            "application/xml",
            "DOCTYPE",
        ),
        (b"<ClinicalDocument><unclosed>", "application/xml", "well-formed"),
        (b"x" * 20, "image/png", "cannot be read"),
        (b"x" * 2_000_000, "text/plain", "larger than"),
    ],
)
def test_unreadable_notes_raise_a_clear_error(data, content_type, message):
    max_bytes = 1_000_000 if len(data) > 1_000_000 else 5_000_000
    with pytest.raises(NoteExtractionError, match=message):
        extract_text(data, content_type, max_bytes=max_bytes)


def test_bad_inline_base64():
    with pytest.raises(NoteExtractionError, match="base64"):
        decode_inline({"data": "not base64!!"})


def _scanned_pdf() -> bytes:
    """A one-page PDF whose only content is a picture (a faxed or scanned note)."""
    from PIL import Image

    picture = io.BytesIO()
    Image.new("L", (120, 60), 255).save(picture, "PNG")
    picture.seek(0)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=150)
    return bytes(pdf.output())


_RTF_WITH_OBJECT = (
    rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\f0 See scan\par{\object\objemb{\*\objdata "
    + b"0105000002000000" * 20
    + rb"}{\result{\pict\pngblip "
    + b"89504e470d0a1a0a" * 20
    + rb"}}}}"
)


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (_scanned_pdf(), "application/pdf"),
        (b'<html><body><img src="scan-page-1.png"> </body></html>', "text/html"),
        (_RTF_WITH_OBJECT, "text/rtf"),
    ],
    ids=["pdf-without-text-layer", "html-picture-only", "rtf-embedded-object"],
)
def test_a_scanned_note_is_unreadable_not_empty(data, content_type):
    # Its words are in a picture: "no text" would read as a note that says nothing (a false
    # "missing"); the app must say it could not read it.
    with pytest.raises(NoteExtractionError, match="scanned image without text"):
        extract_text(data, content_type)


def test_a_picture_beside_the_typed_note_does_not_make_it_unreadable():
    typed = "Back pain for 8 weeks."  # a short typed note with a logo or signature image
    html = f'<html><body><img src="logo.png"><p>{typed}</p></body></html>'.encode()
    assert extract_text(html, "text/html") == typed
    assert extract_text(b"", "text/plain") == ""  # an empty typed note is empty, not scanned
