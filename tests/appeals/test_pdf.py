"""PDF exports parsed back with pypdf: what a coordinator must see is there, in order, and hostile
note text never breaks generation (with the DejaVu TTF and with the latin-1 fallback)."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from smartapp.appeals import Denial
from smartapp.appeals.packet import build_packet
from smartapp.checklists import load_catalog
from smartapp.evidence.app_output import text_marked_by
from smartapp.exports import appeal_packet_pdf, gap_report_pdf
from smartapp.exports.pdf_text import PdfFont, clean, find_font, safe_text, to_latin1
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
FALLBACK = PdfFont(None, None)
HOSTILE = (
    "<script>alert(1)</script> \x00\x07\x1b[31m red \u202eevil\u202c \u200bzero\u2066x\u2069 "
    "\ud800 lone surrogate, ( ) \\ %PDF-1.4 endobj, emoji 😀, CJK 中文, Łódź, ﬁ ligature, "
    + "A" * 6000
    + "\n" * 50
    + "tab\tend"
)


LMRI_VERSION = load_catalog().checklists["caresource-advanced-imaging-lumbar-mri"].version


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def gapped_report() -> dict:
    bundle = json.loads((SCENARIOS / "lmri-gapped.json").read_text())
    return score_bundle(bundle, as_of=date(2026, 11, 22))


@pytest.mark.parametrize("font", [None, FALLBACK], ids=["dejavu", "latin1-fallback"])
def test_gap_report_pdf_has_the_report_in_order(gapped_report, font) -> None:
    data = gap_report_pdf(gapped_report, font=font)
    assert data.startswith(b"%PDF-")
    gaps = sum(1 for i in gapped_report["items"]
               if i["required"] and i["status"] in ("missing", "partial"))  # fmt: skip
    assert gapped_report["headline"] == f"Not ready: {gaps} required gaps"
    text = flat(pdf_text(data))
    for expected in (
        # Whose report, for which order, on which date (issue 12).
        "Patient: Derek Halloran, born 1988-07-02 Order",  # no raw reference (issue 18)
        "Order: MRI lumbar spine without contrast, date of service 2026-12-08",
        "CPT 72148 (advanced-imaging)",
        f"caresource-advanced-imaging-lumbar-mri version {LMRI_VERSION}",
        "As of: 2026-11-22",
        f"Readiness: {gapped_report['readiness']}/100 {'-' if font else '—'} "
        f"{gapped_report['headline']}",
        f"Required gaps ({gaps})",
        "Would cause a denial for: missing clinical notes",
        "Would cause a denial for: lack of medical necessity",
    ):
        assert expected in text, expected
    # Required gaps come before recommended ones and before what is documented.
    assert text.index("LMRI-003 Six weeks") < text.index("Recommended, not documented")
    assert text.index("Recommended, not documented") < text.index("CSU-001 CareSource coverage")
    assert "Searched:" in text and "Add:" in text
    # LMRI-004 is tied to two reasons but printed once.
    assert text.count("LMRI-004 Follow-up exam") == 1
    # Every page says the app wrote it: the marker a later check recognises (app_output).
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) > 1
    for page in pages:
        assert text_marked_by(page.extract_text()) == "text marker"


#: What every page must say about whose report it is (issue 18).
RUNNING_HEAD = (
    "Derek Halloran, born 1988-07-02",
    "Order: MRI lumbar spine without contrast",
    f"caresource-advanced-imaging-lumbar-mri version {LMRI_VERSION}",
    "As of 2026-11-22",
)


@pytest.mark.parametrize("font", [None, FALLBACK], ids=["dejavu", "latin1-fallback"])
def test_every_page_says_patient_birth_date_order_checklist_and_date(gapped_report, font,
                                                                     packet) -> None:  # fmt: skip
    for data in (gap_report_pdf(gapped_report, font=font), appeal_packet_pdf(packet, font=font)):
        pages = PdfReader(io.BytesIO(data)).pages
        assert len(pages) > 1
        for number, page in enumerate(pages, 1):
            text = flat(page.extract_text())
            for expected in RUNNING_HEAD:
                assert expected in text, (number, expected)


def test_gap_report_warnings_are_printed() -> None:
    report = {
        "patient": "Patient/p", "as_of": "2026-01-01",
        "service": {"system": "cpt", "code": "72148", "topic": "advanced-imaging"},
        "checklist": {"id": "c", "version": "1"}, "readiness": 100, "items": [],
        "warnings": ["Encounter could not be read from the EHR; items that need it are unknown"],
    }  # fmt: skip
    text = flat(pdf_text(gap_report_pdf(report)))
    assert "No required gaps." in text
    assert "Patient: Name not in the record (record id p)" in text
    assert "no order for this service was found in the record" in text
    assert "Could not check / warnings" in text and "Encounter could not be read" in text


@pytest.mark.parametrize("font", [None, FALLBACK], ids=["dejavu", "latin1-fallback"])
def test_hostile_text_never_breaks_generation(gapped_report, font) -> None:
    report = json.loads(json.dumps(gapped_report))
    report["patient"] = HOSTILE[:200]
    report["items"][0]["evidence"] = [{"reference": HOSTILE, "snippet": HOSTILE}]
    report["items"][0]["remedy"] = HOSTILE
    report["warnings"].append(HOSTILE)
    data = gap_report_pdf(report, font=font)
    text = pdf_text(data)
    assert "alert(1)" in text and "lone surrogate" in text
    assert "\x00" not in text and "\u202e" not in text


def test_clean_and_transliterate() -> None:
    assert clean("a\x00b\u202ec\u200bd\ud800e\tf\r\ng") == "abcde    f\ng"
    assert to_latin1("“Café” — naïve… ✓ 中") == '"Café" - naïve... [x] ?'
    assert safe_text("Łódź", FALLBACK) == "?ódz"
    font = find_font()
    if font.unicode:  # the TTF draws what it has glyphs for and marks the rest
        assert safe_text("Łódź 中", font) == "Łódź ?"


@pytest.fixture(scope="module")
def packet() -> dict:
    bundle = json.loads((SCENARIOS / "lmri-gapped.json").read_text())
    denial = Denial.from_dict({
        "denial_date": "2026-11-20", "plan_type": "medicaid", "state": "OH", "codes": "CO-50",
        "reason_text": "Conservative care not documented.",
    })  # fmt: skip
    return build_packet(bundle, denial, as_of=date(2026, 11, 22))


def test_appeal_packet_pdf(packet) -> None:
    data = appeal_packet_pdf(packet)
    reader = PdfReader(io.BytesIO(data))
    first = flat(reader.pages[0].extract_text())
    # The running head (whose letter) comes first, then the letter itself.
    assert first.startswith("Derek Halloran, born 1988-07-02")
    assert "Letter of medical necessity" in first
    assert "[1]" in first and "Sources cited" in first
    assert "[1] ServiceRequest/lmri-gapped-order" in first
    text = flat(pdf_text(data))
    assert "Peer-to-peer preparation sheet" in text and "844-679-7865" in text
    assert "Call by 2026-11-30" in text
    assert text.index("Peer-to-peer") < text.index("Documentation gap report")
    assert "Attachment 1: Progress note (2026-11-02)" in text
    note = packet["attachments"][0]["text"]
    assert flat(note)[:60] in text  # the attached note's own text is printed
    without = flat(pdf_text(appeal_packet_pdf(packet, include_p2p=False)))
    assert "Peer-to-peer preparation sheet" not in without
    assert "PA Documentation Check output (appeal-packet)" in text


def test_appeal_packet_pdf_with_hostile_note_and_unreadable_attachment(packet) -> None:
    hostile = json.loads(json.dumps(packet))
    hostile["attachments"][0]["text"] = HOSTILE
    hostile["attachments"].append({**hostile["attachments"][0], "text": None, "readable": False})
    hostile["letter"]["paragraphs"][0]["sentences"][0]["text"] = HOSTILE[:500]
    text = flat(pdf_text(appeal_packet_pdf(hostile, font=FALLBACK)))
    assert "could not be read here" in text
    assert "alert(1)" in text
