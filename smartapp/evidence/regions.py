"""Body regions (and sides) of orders and evidence, so evidence counts only for the same region.

Regions are data (regions.yaml): words in text, ICD-10-CM prefixes, CPT/HCPCS codes and ranges.
A region is written ``knee`` or, with a side, ``knee:right``. Evidence that names no region is
never excluded: the judgement is only "this is about another part of the body".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .. import lazy_re
from ..yamlfile import safe_load
from .borrowed_region_words import without_borrowed_words
from .other_side import OTHER_WORDS, side_word

REGIONS_FILE = Path(__file__).with_name("regions.yaml")
SIDES = {
    "right": "right", "rt": "right", "r": "right", "left": "left", "lt": "left", "l": "left",
    "bilateral": "bilateral", "bilat": "bilateral", "b/l": "bilateral", "both": "bilateral",
}  # fmt: skip
# A side may stand one procedure or anatomical qualifier away from its region: "right total knee
# arthroplasty", "left medial knee" (a plan's usual words), "R anatomic TSA" (blind wave 75,
# KA/surgery-shoulder-arthroplasty-03: the kind of shoulder replacement, as "reverse" is).
# "L-spine", "L spine" are the lumbar spine, never a left one (the spine has no side): the L
# before it is no side (blind wave 15, AX/spine-04: "MRI L-spine w/ addendum" was a left-sided
# spine study, so a right L5-S1 order saw no study of its region).
# Two of them may stand there, the kind of the replacement and "total": "right reverse total
# shoulder arthroplasty", "L anatomic total shoulder", "R primary reverse TSA" named no side
# (s72-f, the lead's probe of stop 72), and a film of the other shoulder could stand for it.
QUALIFIERS = (
    r"(?:(?:total|partial|unicompartmental|reverse|reversed|anatomic|anatomical|primary|"
    r"revision|medial|lateral|anterior|posterior)\s+){0,2}"
)
# Two sides ranked before a region name both: "L>R knee pain", "L > R TKA" (the right only
# was read, from the letter after ">"; s72-f). Which one a plan is for, target_sides.py says.
_ONE_SIDE = r"(?:right|rt|r|left|lt|l)"
_RANKED = rf"{_ONE_SIDE}\s*(?:>+|<+|=)\s*{_ONE_SIDE}"
# A grade may stand between the side and its region, as films are read: "XR knees: R severe
# medial compartment OA; L normal" is the right knee's arthritis, not a left knee's (brief
# s78-side: the other knee's film is no film of the requested one).
_GRADE = r"(?:(?:mild|moderate|severe|advanced|end-?stage)[\s-]+)?"
# A side in brackets before its region is its side too: "Contralateral (R) knee: lateral JLT,
# + McMurray" (blind wave 93, MS/kas-03: the other knee's exam, read unsided, met a left knee's
# exam item). Only a bracket opened right before it ("(R) knee"), never "R) knee".
_SIDE = (
    rf"(?:(?:(?P<ranked>{_RANKED})|(?P<side>right|rt|r|left|lt|l(?![\s-]+spine\b)|bilateral|"
    rf"bilat|b/l|both|{OTHER_WORDS})|(?<=\()(?P<bracketed>right|rt|r|left|lt|l)\)(?![\s-]+spine\b))"
    rf"\.?[\s-]+(?:sided\s+)?{_GRADE}{QUALIFIERS})?"
)

#: A study's title gives the side after the region, as EHR procedure names do: "XR Knee Left 3
#: views", "MRI KNEE RT W/O", "Knee (left)" (blind wave 21, BW/tka-03). Whole words only, no
#: single letters: "XR knee L" is too rare to risk reading "L" as a side. The count of views
#: may stand between the two, as in LOINC-style names: "XR Shoulder 2+ views Left" is the left
#: shoulder's film (blind wave 55, GY/sh-02: read unsided, it stood for a right TSA request).
_SIDE_AFTER = (
    r"(?:[\s,(-]+(?:min(?:imum)?\s+)?\d(?:\+|-\d)?\s*(?:views?|vws?)\b)?"
    r"[\s,(-]+(?P<side>right|rt|left|lt|bilateral|bilat|b/l)\b"
)


def region_specs() -> dict[str, Any]:
    """regions.yaml's regions by name: the words, codes and ``within``, ``refers_from`` and
    ``seen_on`` of each (region_match.py judges regions by them)."""
    return _table()["regions"]


@cache
def _table() -> dict[str, Any]:
    document = safe_load(REGIONS_FILE.read_text(encoding="utf-8"))
    regions = document["regions"]
    words = {str(w).lower(): name for name, spec in regions.items() for w in spec.get("words", ())}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"\b{_SIDE}(?P<word>{alternatives})(?![\w-])", re.IGNORECASE)
    after = re.compile(rf"\b(?P<word>{alternatives}){_SIDE_AFTER}", re.IGNORECASE)
    return {"regions": regions, "words": words, "pattern": pattern, "after": after}


def _with_side(region: str, side: str | None) -> set[str]:
    return {region, f"{region}:{side}"} if side else {region}


def side_of(text: str) -> str | None:
    """right / left / bilateral when the text says which (ICD-10-CM descriptions do)."""
    words = set(re.findall(r"[a-z/]+", text.lower()))
    if "bilateral" in words or ("right" in words and "left" in words):
        return "bilateral"
    if "right" in words:
        return "right"
    if "left" in words:
        return "left"
    return None


def regions_in_text(text: str) -> frozenset[str]:
    """Regions named in ``text`` (whole words), each with its side when one precedes it.

    Short texts are kept (the answer depends on nothing else): a record repeats the same labels
    on many resources ("Blood pressure", a procedure's display) and notes carry statements
    forward, while the pattern, a side before one of ~200 words, is tried at every position
    (a fifth of a small bundle's scoring, issue 19). Bounded: at most ``_KEPT`` texts of at
    most ``_KEPT_CHARS`` characters."""
    return _regions_kept(text) if len(text) <= _KEPT_CHARS else _regions_in_text(text)


_KEPT, _KEPT_CHARS = 8192, 512

#: A code descriptor's examples: CPT 20610 "major joint or bursa (eg, shoulder, hip, knee,
#: subacromial bursa)" names the joints the code may be used for, not the one injected (blind
#: wave 17, BG/hya-03: a shoulder injection read as the knee's). The record's bodySite or its
#: own words name that.
_EXAMPLES = lazy_re.compile(
    r"\((?:e\.?\s?g\.?|such as|for example|incl\.?|including)[,.:]?\s[^()]*\)", re.I
)


def without_examples(text: str) -> str:
    """``text`` with a descriptor's parenthesised examples ("(eg, shoulder, hip, knee)") blanked:
    what a code may be used for is no region of the record carrying it."""
    return _EXAMPLES.sub(" ", text) if "(" in text else text


def region_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a region, with the side written before or after it ("right knee",
    "Knee (left)"): a flowsheet row's name cut from its test ("Pivot shift test, right knee")."""
    table = _table()
    return sorted({m.span() for key in ("pattern", "after") for m in table[key].finditer(text)})


def _regions_in_text(text: str) -> frozenset[str]:
    table = _table()
    found: set[str] = set()
    text = without_borrowed_words(text)
    for match in table["pattern"].finditer(text):
        region = table["words"][match.group("word").lower()]
        if match.group("ranked"):
            found |= {region, f"{region}:left", f"{region}:right"}
            continue
        word = match.group("side") or match.group("bracketed") or ""
        found |= _with_side(region, SIDES.get(word.lower()) or side_word(word))
    return frozenset(found)


_regions_kept = lru_cache(maxsize=_KEPT)(_regions_in_text)


def region_opening(text: str) -> int:
    """Length of the region, with its side, that ``text`` opens with ("R knee ...", "right
    shoulder ..."); 0 when it opens with none."""
    match = _table()["pattern"].match(text)
    return match.end() if match else 0


def _code_in(code: str, entries: Iterable[Any]) -> bool:
    for entry in entries:
        entry = str(entry)
        if "-" in entry and len(entry) == 11:
            low, high = entry.split("-")
            if len(code) == len(low) and low <= code <= high:
                return True
        elif code == entry:
            return True
    return False


@lru_cache(maxsize=8192)
def regions_of_code(system: str, code: str, display: str = "") -> frozenset[str]:
    """Regions of one coding (ICD-10-CM by prefix, CPT/HCPCS by code), with the display's side.

    Kept per (system, code, display): a record repeats the same codings on many resources, and
    each answer walks every region (a tenth of a bundle's record building, issue 19)."""
    found: set[str] = set()
    side = side_of(display) if display else None
    for name, spec in _table()["regions"].items():
        if system == "icd10cm" and any(code.startswith(str(p)) for p in spec.get("icd10cm", ())):
            found |= _with_side(name, side)
        elif system in ("cpt", "hcpcs") and _code_in(code, spec.get(system, ())):
            found |= _with_side(name, side)
    return frozenset(found)


def study_regions(title: str, codes: Iterable[Any] = ()) -> frozenset[str]:
    """The regions a study is of, from its title and its codes (CPT by code, any display by its
    words): "XR Lumbar spine 2-3 views" is a lumbar study whatever its conclusion mentions. Its
    side may follow the region ("XR Knee Left 3 views")."""
    coded = tuple(codes)
    if len(title) + sum(len(c.display) for c in coded) > _KEPT_CHARS:
        return _study_regions(title, coded)
    return _study_regions_kept(title, coded)


def _study_regions(title: str, codes: tuple[Any, ...]) -> frozenset[str]:
    text = " ".join([title, *(c.display for c in codes)])
    found = set(regions_in_text(text))
    table = _table()
    for match in table["after"].finditer(text):
        ahead = table["pattern"].match(text, match.start("side"))
        if ahead and ahead.group("side"):
            continue  # "XR pelvis, left hip": the side is the hip's
        found |= _with_side(
            table["words"][match.group("word").lower()], SIDES[match["side"].lower()]
        )
    for code in codes:
        found |= regions_of_code(code.system, code.code, code.display)
    return frozenset(found)


#: Every result of a record is a study here: a chart's vitals and labs repeat a few titles and
#: codes hundreds of times (issue 19), and the answer depends on them alone. Short ones are kept.
_study_regions_kept = lru_cache(maxsize=_KEPT)(_study_regions)
