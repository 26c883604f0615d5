"""One converter per note rendition format: HTML (block elements as line breaks, table cells as
"|"), RTF, PDF and C-CDA XML to tidy plain text, each refusing a scanned note (its words are in a
picture) with a :class:`~smartapp.errors.NoteExtractionError`.

Split out of extract.py, which keeps choosing the rendition, decoding its bytes and dispatching
to these by media type.
"""

from __future__ import annotations

import io
import logging
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from .. import lazy_re
from ..errors import NoteExtractionError

BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dt",
    "dd",
    "hr",
}
CELL_TAGS = {"td", "th"}
SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template", "iframe", "object"}

logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd xref

#: A rendition that carries a picture or an embedded object and next to no text is a scanned note
#: (a fax, a form photographed into the chart), not an empty one: its words are in the picture,
#: where the app cannot read them, so it "could not be read". A PDF page image with a stamp or
#: header line ("Scanned by Media Manager, page 1 of 3") under 100 characters is a scan; an HTML or
#: RTF note with a picture and a caption of one or two words ("See scan", "Outside records") is
#: one too, while a short typed note with a logo or signature image ("Back pain for 8 weeks.")
#: is a typed note.
SCANNED_PDF_CHARS = 100
SCANNED_CAPTION_WORDS = 2
SCANNED = "a scanned image without text"
_RTF_PICTURE = lazy_re.compile(rb"\\(?:pict|object|objdata|shppict|nonshppict)\b")
HTML_PICTURE = lazy_re.compile(r"<\s*(?:img|object|embed|svg|canvas)\b", re.IGNORECASE)


def not_scanned(text: str, pictures: bool, what: str) -> str:
    """``text``, or NoteExtractionError when the note's words are in a picture, not in text."""
    if what == "PDF":  # a PDF page without a text layer is a picture too
        scanned = not text.strip() or (pictures and len(text) < SCANNED_PDF_CHARS)
    else:
        scanned = pictures and len(text.split()) <= SCANNED_CAPTION_WORDS
    if scanned:
        raise NoteExtractionError(f"the {what} note is {SCANNED}")
    return text


class _TextCollector(HTMLParser):
    """HTML → text: block elements become line breaks; scripts, styles and attributes vanish."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in CELL_TAGS:
            # Epic exam and DME tables: a row reads as one statement, "Label | value | value".
            self.parts.append(" | ")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


#: Typographic quotes as the plain ones every note vocabulary is written with. Word-processed
#: text pasted into an Epic note, and Epic's own autocorrect, give "can\u2019t lie flat", which
#: no phrase for "can't lie flat" matched (stop 60, brief s80-func). One character for one, so
#: a finding's span still quotes the text shown. Dashes are left: the vocabularies read
#: "\u2013" and "\u2014" where they mean something different from "-".
_PLAIN_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"'}
)


def tidy(text: str) -> str:
    """Collapse runs of spaces and blank lines; keep paragraph breaks; plain quotes."""
    text = text.translate(_PLAIN_QUOTES)
    lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(markup: str) -> str:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return tidy("".join(collector.parts))


#: An RTF header or control word ("{\\rtf1", "\\par", "\\b0"): what RTF markup begins with.
_RTF_MARKUP = lazy_re.compile(r"\{\\rtf|\\[a-z]+")


def rtf_to_text(text: str) -> str:
    from striprtf.striprtf import rtf_to_text as strip_rtf

    if not _RTF_MARKUP.search(text):
        # A body labelled RTF that holds no RTF markup at all is plain text under the wrong
        # label (blind wave 33, DT/hya-02). RTF ignores a bare line break (only \\par ends a
        # paragraph), so reading it as RTF runs its lines together: "...for poison ivy last
        # summer.Exam: L knee varus" became one statement, the hip injection's with the knee's.
        return tidy(text)
    try:
        out = tidy(strip_rtf(text, errors="ignore"))
    except Exception as error:  # striprtf raises bare exceptions on broken groups
        raise NoteExtractionError("the RTF note could not be read") from error
    return not_scanned(out, bool(_RTF_PICTURE.search(text.encode("ascii", "ignore"))), "RTF")


def pdf_to_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise NoteExtractionError("the PDF note is encrypted")
        text = tidy("\n".join(page.extract_text() or "" for page in reader.pages))
        pictures = len(text) < SCANNED_PDF_CHARS and any(map(_has_image, reader.pages))
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise NoteExtractionError("the PDF note could not be read") from error
    return not_scanned(text, pictures, "PDF")


def _has_image(page: object) -> bool:
    """Whether a PDF page draws an image (its resources hold an image XObject)."""

    def resolved(value: object) -> dict:
        value = value.get_object() if hasattr(value, "get_object") else value
        return value if isinstance(value, dict) else {}

    objects = resolved(resolved(page).get("/Resources")).get("/XObject")
    return any(resolved(item).get("/Subtype") == "/Image" for item in resolved(objects).values())


def xml_to_text(data: bytes) -> str:
    head = data[:4096].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data.upper():
        # No DTDs in clinical documents: refusing them rules out entity-expansion attacks.
        raise NoteExtractionError("the XML note declares a DOCTYPE or entities and was refused")
    try:
        root = ET.fromstring(data)  # noqa: S314 -- DOCTYPE/ENTITY refused above
    except ET.ParseError as error:
        raise NoteExtractionError("the XML note is not well-formed") from error
    except (LookupError, ValueError) as error:  # an encoding Python does not know
        raise NoteExtractionError("the XML note declares an unknown character encoding") from error
    sections = [el for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "section"]
    parts: list[str] = []
    for section in sections:
        for child in section:
            name = child.tag.rsplit("}", 1)[-1]
            if name in ("title", "text"):
                parts.append(" ".join(" ".join(child.itertext()).split()))
    if not parts:  # not C-CDA: fall back to every text node
        parts = [" ".join(" ".join(root.itertext()).split())]
    return tidy("\n\n".join(p for p in parts if p))
