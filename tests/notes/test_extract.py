"""Note text from every format EHRs hand out, and hostile or broken input refused clearly."""

from __future__ import annotations

import base64
import json

import pytest
from fixture_paths import SHARED_FIXTURES
from fpdf import FPDF

from smartapp.errors import NoteExtractionError
from smartapp.notes.extract import (
    decode_inline,
    extract_text,
    rank_attachments,
    sanitize_note_html,
)

SHAPES = SHARED_FIXTURES / "ehr-shapes"


def binary_bytes(name: str) -> tuple[bytes, str]:
    binary = json.loads((SHAPES / name).read_text())
    return base64.b64decode(binary["data"]), binary["contentType"]


def test_cerner_html_admission_note():
    data, content_type = binary_bytes("cerner_binary_html_admission_note.json")
    text = extract_text(data, content_type)
    assert "Admission" in text or "admission" in text
    assert "<" not in text and "&nbsp;" not in text


def test_epic_ccda_sections_and_narrative():
    data, content_type = binary_bytes("epic_binary_ccda_xml.json")
    text = extract_text(data, content_type)
    assert len(text) > 200
    assert "<" not in text


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


def test_synthea_inline_note():
    bundle = json.loads(
        (
            SHARED_FIXTURES
            / "synthea"
            / "Rosa195_Kerluke267_5eb10682-8a75-58cf-2b96-f5a41e8dc0d5.json"
        ).read_text()
    )
    documents = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "DocumentReference"
    ]
    attachment = rank_attachments([c["attachment"] for c in documents[0]["content"]])[0]
    text = extract_text(decode_inline(attachment), attachment["contentType"])
    assert len(text) > 50


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
