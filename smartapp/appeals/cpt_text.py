"""What the order text, the notes and the diagnoses say about the requested service: modality,
body region, contrast, procedure variant and side — read with plain word patterns from
``cpt_attributes.yaml`` (no NLP model: the phrases are few and fixed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from .. import lazy_re
from ..checklists import icd10
from ..evidence import Code, PatientRecord
from ..evidence.codes import codes_of
from ..yamlfile import safe_load

DATA = Path(__file__).resolve().parent / "cpt_attributes.yaml"
_SENTENCE_RE = lazy_re.compile(r"[^.!?\n]+[.!?]?")
_SIDE_RE = {
    "bilateral": re.compile(r"\b(bilateral|both\s+(knees|hips|sides|shoulders))\b"),
    "right": re.compile(r"\bright\b"),
    "left": re.compile(r"\bleft\b"),
}
#: SNOMED CT laterality qualifiers a ServiceRequest.bodySite may carry.
SNOMED_SIDES = {"24028007": "right", "7771000": "left", "51440002": "bilateral"}
MODIFIER_SIDES = {"RT": "right", "LT": "left", "50": "bilateral"}


@cache
def attribute_table() -> dict[str, Any]:
    """The parsed attribute file (cached; read-only)."""
    with DATA.open(encoding="utf-8") as handle:
        return safe_load(handle)


@cache
def _word_re(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])")


def _first_key(text: str, table: dict[str, list[str]]) -> list[str]:
    return [key for key, words in table.items() if any(_word_re(w).search(text) for w in words)]


@dataclass(frozen=True)
class Mention:
    """One piece of documentation describing the service, with where it came from."""

    reference: str
    snippet: str
    source: str  # "order-text" | "order-note" | "note"
    modality: str | None = None
    region: str | None = None
    contrast: str | None = None
    variant: str | None = None
    side: str | None = None

    def cite(self) -> dict[str, str]:
        """Evidence in the report's shape."""
        return {"reference": self.reference, "snippet": self.snippet}


def describe(text: str) -> dict[str, str | None]:
    """Modality, region (one only), contrast, variant and side found in ``text``."""
    table = attribute_table()
    low = " ".join(text.lower().split())
    modalities = _first_key(low, table["modality_words"])
    regions = _first_key(low, table["region_words"])
    contrast = next(
        (
            k
            for k, pats in table["contrast_patterns"].items()
            if any(re.search(p, low) for p in pats)
        ),
        None,
    )
    variant = next(
        (
            k
            for k, pats in table["variant_patterns"].items()
            if any(re.search(p, low) for p in pats)
        ),
        None,
    )
    sides = [side for side, pattern in _SIDE_RE.items() if pattern.search(low)]
    return {
        "modality": modalities[0] if len(modalities) == 1 else None,
        "region": regions[0] if len(regions) == 1 else None,
        "contrast": contrast,
        "variant": variant,
        "side": sides[0] if len(sides) == 1 else None,
    }


def sentences(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, sentence) for each sentence or line of ``text``."""
    for match in _SENTENCE_RE.finditer(text):
        chunk = match.group(0)
        stripped = chunk.strip()
        if stripped:
            start = match.start() + chunk.index(stripped[0])
            yield start, start + len(stripped), stripped


def _about_service(sentence: str, kind: str) -> bool:
    low = sentence.lower()
    table = attribute_table()
    if not any(_word_re(w).search(low) for w in table["plan_words"]):
        return False
    if kind == "arthroplasty":
        return any(_word_re(w).search(low) for w in table["arthroplasty_words"])
    return bool(_first_key(low, table["modality_words"]))


def note_mentions(record: PatientRecord, kind: str, as_of: date, within_days: int) -> list[Mention]:
    """Plan/order sentences about the service in readable notes dated in the window."""
    start = as_of - timedelta(days=within_days)
    found: list[Mention] = []
    for note in record.notes:
        if note.date is None or not start <= note.date <= as_of or not note.text:
            continue
        for low, high, sentence in sentences(note.text):
            if _about_service(sentence, kind):
                facts = describe(sentence)
                found.append(Mention(f"{note.ref}#{low}-{high}", sentence[:300], "note", **facts))
    return found


def order_mentions(request: dict[str, Any] | None) -> list[Mention]:
    """The order's own text (``code.text``/displays) and its free-text notes and details."""
    if not request:
        return []
    ref = f"{request.get('resourceType', 'ServiceRequest')}/{request.get('id', '')}"
    out: list[Mention] = []
    _, code_text = codes_of(request.get("code") or request.get("codeCodeableConcept"))
    if code_text:
        out.append(Mention(ref, code_text[:300], "order-text", **describe(code_text)))
    extra = [n.get("text", "") for n in request.get("note") or [] if isinstance(n, dict)]
    extra += [codes_of(d)[1] for d in request.get("orderDetail") or []]
    for text in filter(None, extra):
        out.append(Mention(ref, str(text)[:300], "order-note", **describe(str(text))))
    return out


def order_side(
    request: dict[str, Any] | None, modifiers: tuple[str, ...]
) -> tuple[str, str] | None:
    """(side, where it came from) from claim/order modifiers, else the order's bodySite."""
    for modifier in modifiers:
        if modifier in MODIFIER_SIDES:
            return MODIFIER_SIDES[modifier], f"modifier {modifier}"
    for detail in (request or {}).get("orderDetail") or []:
        for code in codes_of(detail)[0]:
            if code.code.upper() in MODIFIER_SIDES:
                return MODIFIER_SIDES[code.code.upper()], f"order modifier {code.code.upper()}"
    for site in (request or {}).get("bodySite") or []:
        codes, text = codes_of(site)
        for code in codes:
            if code.code in SNOMED_SIDES:
                return SNOMED_SIDES[code.code], "order body site"
        side = describe(text)["side"]
        if side:
            return side, "order body site"
    return None


def request_modifiers(request: dict[str, Any] | None) -> tuple[str, ...]:
    """Modifier-like codes (RT, LT, 50) on the order's orderDetail."""
    found = []
    for detail in (request or {}).get("orderDetail") or []:
        found += [c.code.upper() for c in codes_of(detail)[0] if c.code.upper() in MODIFIER_SIDES]
    return tuple(found)


@dataclass(frozen=True)
class DiagnosisFact:
    """One request diagnosis with what its ICD-10-CM description says about region and side."""

    code: Code
    reference: str
    description: str
    region: str | None
    side: str | None

    def cite(self) -> dict[str, str]:
        """Evidence in the report's shape."""
        label = f"ICD-10-CM {self.code.code} {self.description}".strip()
        return {"reference": self.reference, "snippet": label}


def diagnosis_facts(record: PatientRecord, request: dict[str, Any] | None) -> list[DiagnosisFact]:
    """The order's diagnoses (reasonCode, reasonReference), else the active problem list."""
    pairs: list[tuple[Code, str]] = []
    ref = f"ServiceRequest/{(request or {}).get('id', '')}"
    for concept in (request or {}).get("reasonCode") or []:
        pairs += [(c, ref) for c in codes_of(concept)[0]]
    for reason in (request or {}).get("reasonReference") or []:
        condition = record.resolve(reason.get("reference")) or {}
        pairs += [(c, reason.get("reference", "")) for c in codes_of(condition.get("code"))[0]]
    if not pairs:
        for condition in record.of("Condition"):
            if condition.status not in ("resolved", "inactive", "remission"):
                pairs += [(c, condition.ref) for c in condition.codes]
    facts = []
    for code, source in pairs:
        if code.system != "icd10cm":
            facts.append(DiagnosisFact(code, source, code.display, None, None))
            continue
        text = icd10.description(code.code) or code.display
        described = describe(text)
        facts.append(DiagnosisFact(code, source, text, described["region"], described["side"]))
    return facts
