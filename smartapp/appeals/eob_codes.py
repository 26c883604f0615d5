"""Denial category from the claim adjustment (CARC) and remark (RARC) codes typed from an EOB.

The mapping is data (``denial_codes.yaml``, descriptions in our own words, X12 lists cited).
Unknown codes are reported back, never guessed; codes that point at different categories leave
the category open for the coordinator to pick (``category`` is None, ``candidates`` lists them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .. import lazy_re
from ..yamlfile import safe_load

DATA = Path(__file__).resolve().parent / "denial_codes.yaml"

#: The categories a denial can have; the first three are the checklist items' denial_reasons.
CATEGORIES = ("missing-clinical-notes", "incorrect-cpt", "medical-necessity", "other")
CATEGORY_LABELS = {
    "missing-clinical-notes": "missing clinical notes",
    "incorrect-cpt": "incorrect CPT/HCPCS code",
    "medical-necessity": "lack of medical necessity",
    "other": "other (authorization, benefit or filing)",
}

_GROUP = r"(?:(?P<group>CO|PR|OA|PI|CR)[-\s:]?)?"
_CODE = r"(?P<code>MA\d{2,3}|[MN]\d{1,4}|[A-Z]\d{1,2}|\d{1,3})"
_TOKEN_RE = lazy_re.compile(rf"^{_GROUP}{_CODE}$")
_RARC_RE = lazy_re.compile(r"^(MA|M|N)\d+$")


@dataclass(frozen=True)
class CodeMeaning:
    """One recognised code: what it is (carc/rarc), its category (None = informational), why."""

    code: str
    kind: str
    category: str | None
    description: str
    group: str | None = None
    generic: bool = False

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "code": self.code,
            "kind": self.kind,
            "group": self.group,
            "category": self.category,
            "description": self.description,
        }


@dataclass(frozen=True)
class CodeCategory:
    """What typed EOB codes say: the category (or None when open), each code, what is unknown."""

    category: str | None
    codes: tuple[CodeMeaning, ...] = ()
    unknown: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    message: str = ""
    sources: tuple[dict[str, str], ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (the ``codes`` part of the denial JSON)."""
        return {
            "category": self.category,
            "codes": [c.as_dict() for c in self.codes],
            "unknown": list(self.unknown),
            "candidates": list(self.candidates),
            "message": self.message,
            "sources": list(self.sources),
        }


@cache
def code_table() -> dict[str, Any]:
    """The parsed mapping file (cached; read-only)."""
    with DATA.open(encoding="utf-8") as handle:
        return safe_load(handle)


def split_codes(text: str) -> list[str]:
    """Tokens of a typed code line: ``"CO-50 N115"``, ``"co50, n115"``, ``"CARC 16; RARC M127"``."""
    cleaned = re.sub(r"\b(CARC|RARC|RC|REMARK|REASON)\b[:#]?", " ", text.upper())
    return [t for t in re.split(r"[\s,;/|]+", cleaned) if t]


def lookup(token: str) -> CodeMeaning | None:
    """The meaning of one token (``CO-50``, ``50``, ``N115``), or None when we do not know it."""
    match = _TOKEN_RE.match(token.strip().upper())
    if match is None:
        return None
    code, group = match["code"], match["group"]
    table = code_table()
    kind = "rarc" if _RARC_RE.match(code) else "carc"
    entry = table[kind].get(code)
    if entry is None:
        return None
    return CodeMeaning(
        code=code,
        kind=kind,
        category=entry.get("category"),
        description=entry["description"],
        group=group,
        generic=bool(entry.get("generic")),
    )


def category_from_codes(text: str) -> CodeCategory:
    """Derive the denial category from typed CARC/RARC codes.

    Rules: unknown tokens are listed in ``unknown`` and ignored; informational remark codes do
    not count; a generic CARC (16) has no category of its own and is routed by its remark code
    (X12: not for missing attachments); when the
    remaining codes disagree, ``category`` is None and ``candidates`` lists the options.
    """
    table = code_table()
    sources = (table["sources"]["carc"], table["sources"]["rarc"])
    known: list[CodeMeaning] = []
    unknown: list[str] = []
    for token in split_codes(text or ""):
        meaning = lookup(token)
        if meaning is None:
            unknown.append(token)
        else:
            known.append(meaning)
    specific = [m for m in known if m.category and not m.generic]
    counted = specific or [m for m in known if m.category]
    candidates = tuple(c for c in CATEGORIES if any(m.category == c for m in counted))
    if len(candidates) == 1:
        category: str | None = candidates[0]
        message = f"The codes point to {CATEGORY_LABELS[category]}."
    elif candidates:
        category = None
        message = "The codes point to several categories; pick the one the denial letter names."
    elif any(m.generic for m in known):
        category = None
        generic = ", ".join(m.code for m in known if m.generic)
        message = (
            f"CARC {generic} only says information is missing or wrong; its remark code (RARC) "
            "says what. Add the RARC from the EOB, or pick the category from the denial letter."
        )
    else:
        category = None
        message = "No code with a known category; pick the category from the denial letter."
    if unknown:
        message += f" Not recognised: {', '.join(unknown)} (check the code on the EOB)."
    return CodeCategory(category, tuple(known), tuple(unknown), candidates, message, sources)
