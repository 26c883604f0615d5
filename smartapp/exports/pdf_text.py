"""Text that is always safe to put in a PDF, and the font to put it in.

fpdf2's core fonts only cover latin-1, so the PDFs use DejaVu Sans (Debian ``fonts-dejavu-core``,
looked up at the usual paths or ``SMARTAPP_PDF_FONT``) and replace any character the font has no
glyph for. Without the TTF, text is transliterated to latin-1 (documented in docs/appeals.md
§6): accents kept where latin-1 has them, typographic punctuation mapped to ASCII, anything else
becomes "?". Either way control and bidi-override characters, lone surrogates and zero-width
characters from hostile note text are dropped first, so no input can break generation.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/local/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
)
#: Typographic characters → latin-1/ASCII for the core-font fallback.
ASCII_MAP = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "−": "-",
        "…": "...",
        "•": "*",
        "·": "*",
        "✓": "[x]",
        "✗": "[ ]",
        "→": "->",
        "≥": ">=",
        "≤": "<=",
        "€": "EUR",
        "™": "(TM)",
        "\u00a0": " ",
    }
)


def clean(text: object) -> str:
    """Drop what no PDF text should hold: control, format (bidi, zero-width) and surrogate
    characters; tabs become spaces; line breaks are kept."""
    out = []
    for char in unicodedata.normalize("NFC", str(text).replace("\r\n", "\n").replace("\t", "    ")):
        if char == "\n":
            out.append(char)
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(char)
    return "".join(out)


def to_latin1(text: str) -> str:
    """Transliterate to latin-1 (the core fonts' range)."""
    mapped = text.translate(ASCII_MAP)
    out = []
    for char in mapped:
        if ord(char) < 256:
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char)
        kept = "".join(c for c in base if ord(c) < 256 and not unicodedata.combining(c))
        out.append(kept or "?")
    return "".join(out)


@dataclass(frozen=True)
class PdfFont:
    """The regular and bold TTF paths (None: core Helvetica with transliteration)."""

    regular: Path | None
    bold: Path | None

    @property
    def unicode(self) -> bool:
        """True when a TTF is used (full Unicode minus missing glyphs)."""
        return self.regular is not None


def find_font() -> PdfFont:
    """DejaVu Sans (or ``SMARTAPP_PDF_FONT`` = a regular TTF path), else the core-font fallback."""
    configured = os.environ.get("SMARTAPP_PDF_FONT")
    if configured and Path(configured).is_file():
        return PdfFont(Path(configured), Path(configured))
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file():
            return PdfFont(regular, bold if bold.is_file() else regular)
    return PdfFont(None, None)


@cache
def _glyphs(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # fpdf2's own dependency

    with TTFont(str(path), lazy=True) as font:
        return frozenset(font.getBestCmap())


def safe_text(text: object, font: PdfFont) -> str:
    """``text`` cleaned and limited to what ``font`` can draw."""
    cleaned = clean(text)
    if not font.unicode:
        return to_latin1(cleaned)
    glyphs = _glyphs(font.regular)  # type: ignore[arg-type]
    return "".join(c if c == "\n" or ord(c) in glyphs else "?" for c in cleaned)
