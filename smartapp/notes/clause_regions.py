"""The regions a finding is about: its clause's own ("GH joint preserved, AC arthrosis"), with
the side a statement or a spine lesion gives them, and not those only a bracketed aside names
("hip films 1/2026 mild hip OA (pain is knee not hip)").

Split out of statements.py, which reads the findings of a statement.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.lesion_sides import lesion_side
from ..evidence.region_match import related
from ..evidence.regions import regions_in_text, study_regions
from .aside_sides import aside_regions
from .bare_sides import own_side
from .clause_spans import clause_around
from .report_headers import STUDY_NAMES
from .target_sides import target_side

#: A statement that opens with a study's title, up to its colon: "XR SHOULDER LEFT 3 VIEWS:
#: severe glenohumeral OA". EHR study names give the side after the region, and a reviewer reads
#: the findings after the colon as that film's (blind wave 34, DX/tsa-02: a left film's OA was
#: counted for a right TSA, its "LEFT" unread because no side came before "SHOULDER").
_TITLE = lazy_re.compile(rf"^[ \t*\u2022-]*(?:{STUDY_NAMES})\b[^:.;\n]{{0,60}}:", re.IGNORECASE)

#: What ends a clause: a comma, a semicolon, a label's colon (a study title's: "XR SHOULDER
#: RIGHT: mild AC arthrosis" is a finding of the AC joint, not of the whole shoulder; blind wave
#: 34, DX/tsa-02), a spaced dash, or a sentence's full stop that the statement splitter kept
#: inside one statement ("... walking >15 min. h/o L knee injection": a
#: lower-case word after the stop; blind wave 32, DP/hyaluronan-03, the left knee's injection
#: counted for a right-knee request).
_CLAUSE_END = lazy_re.compile(
    r"[,;]|(?<!\d):(?!\d)|\s-\s|(?<=[a-z0-9)])\.\s+(?=[a-z])", re.IGNORECASE
)


def title_regions(text: str) -> frozenset[str]:
    """The regions of the study whose title opens ``text``, with a side written after its region
    (regions.study_regions); none when the text opens with no study title."""
    match = _TITLE.match(text)
    return study_regions(match.group()) if match else frozenset()


def finding_regions(
    label: str, seg: Any, start: int, end: int, regions: frozenset[str]
) -> frozenset[str]:
    """The regions of the finding ``label`` at [start, end) of the statement ``seg``, whose
    regions are ``regions``."""
    low, high = start - seg.start, end - seg.start
    own = aside_regions(seg.text, low, high) if 0 <= low <= high <= len(seg.text) else None
    if own:  # "(L knee scoped elsewhere 12/2025, doing well.)": the aside's own (aside_sides.py)
        return carry_side(own, regions)
    found = _sided(label, seg, start, _clause_regions(seg, start, end, regions))
    # "R knee: ..., kneeling impossible on the left": the clause's own side (bare_sides.py)
    found = own_side(seg.text, low, high, found)
    # "Plan R TKA 3/10 as the other knee is better": the side at the procedure (target_sides.py)
    if not 0 <= low <= high <= len(seg.text):
        return found
    return target_side(seg.text, low, high, found, label.startswith("treatment-plan|"))


def _sided(label: str, seg: Any, start: int, regions: frozenset[str]) -> frozenset[str]:
    """A spine lesion's regions with the side written after its level (lesion_sides.lesion_side)."""
    if label != "diagnostic-results|spine-imaging-lesion":
        return regions
    before = seg.text[: max(0, start - seg.start)]
    return lesion_side(regions, re.split(r"[,;]", before)[-1])


def _clause_regions(seg: Any, start: int, end: int, regions: frozenset[str]) -> frozenset[str]:
    """In a statement about several regions ("GH joint preserved, AC arthrosis"), or about both
    sides of one ("R knee pain since May. h/o L knee injection 10/2025 helped"), a finding is
    about the region its own clause names, when that clause names one."""
    text, low, high = seg.text, start - seg.start, end - seg.start
    if low < 0 or high > len(text):
        return regions
    if len({r.split(":")[0] for r in regions}) < 2 and len(_sides(regions)) < 2:
        return frozenset() if regions and _anothers_purpose(text, high) else regions
    first, last = clause_around(text, low, high, _CLAUSE_END)
    plain = _without_asides(text, low, high)
    clause = regions_in_text(plain[first:last]) or regions_in_text(text[first:last])
    if not clause:  # the statement's regions, less those only its asides name
        return _outside_asides(regions, regions_in_text(plain))
    # The clause's regions keep the side the statement gives them ("R knee: ..., knee crepitus").
    return carry_side(clause, regions)


#: A bracketed aside: "(pain is knee not hip)", "[knee pain, r/o hip source]".
_ASIDE = lazy_re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _without_asides(text: str, low: int, high: int) -> str:
    """``text`` with its bracketed asides blanked (same length), but the one holding [low, high).
    An aside says why or what else, not where the finding is: "hip films 1/2026 mild hip OA
    (pain is knee not hip)" is a film of the hip, no radiograph of the knee for a TKA (blind wave
    75, JY/tka-03). A clause whose only region is bracketed ("moderate OA (R knee)") keeps it."""

    def blank(match: re.Match[str]) -> str:
        held = match.start() <= low and high <= match.end()
        return match.group() if held else " " * len(match.group())

    return _ASIDE.sub(blank, text)


def _outside_asides(regions: frozenset[str], outside: frozenset[str]) -> frozenset[str]:
    """``regions`` less those related to no region named outside the statement's asides; all
    of them when nothing outside names a region."""
    bases = {r.split(":")[0] for r in outside}
    kept = frozenset(r for r in regions if any(related(r.split(":")[0], b) for b in bases))
    return kept or regions


#: A list item's own purpose, another condition of another region than the list's: "prednisone
#: 5-day burst 10/2026 for gout flare in R foot", "Medrol pack for bursitis of the L hip",
#: "antibiotics for cellulitis on his R leg". Not the list's complaint written as a purpose
#: ("naproxen for pain in the L knee", "for arthritis of her knee", "for OA in the R knee"),
#: which the list's other items share.
_OTHER_PURPOSE = lazy_re.compile(
    r"\bfor\s+(?:an?\s+|her\s+|his\s+|the\s+|their\s+|acute\s+)?"
    r"(?!(?:\w+\s+){0,2}?(?:pain|aches?|arthritis|oa|djd|symptoms?|complaints?|problems?)\b)"
    r"[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}\s+(?:in|of|on|to)\s+\S",
    re.IGNORECASE,
)


def _anothers_purpose(text: str, high: int) -> bool:
    """Whether the only regions of a statement are named after the finding ending at ``high``,
    in a later list item's purpose of its own (``_OTHER_PURPOSE``): "PT Jul-Sep 2026 (10 wks),
    HEP, naproxen since summer, prednisone burst 10/2026 for gout flare in R foot" made the PT,
    HEP and naproxen the foot's and left a knee's care unread (blind wave 57, HF/ha-knee-03).
    The finding's own clause then names no region: it is about none the statement names."""
    stop = _CLAUSE_END.search(text, high)
    if stop is None or regions_in_text(text[: stop.start()]):
        return False  # the finding's clause, or one before it, names the region
    rest = text[stop.end() :]
    for clause in _CLAUSE_END.split(rest):
        if regions_in_text(clause):
            found = _OTHER_PURPOSE.search(clause)
            return bool(found) and bool(regions_in_text(clause[found.start() :]))
    return False


def carry_side(regions: frozenset[str], carried: frozenset[str]) -> frozenset[str]:
    """The regions last named, or this statement's with the side last named for the same region
    ("EXAM: XR LEFT KNEE" then "HISTORY: knee pain": the left knee), or for a region it lies in
    or holds ("XR RIGHT SHOULDER" then "IMPRESSION: glenohumeral joint space narrowing": the
    right glenohumeral joint; blind wave 31, DI/shoulder-02, a right film for a left TSA)."""
    if not regions:
        return carried
    named = {r.split(":")[0] for r in regions if ":" in r}
    sides = {r for r in carried if ":" in r and r.split(":")[0] in regions - named}
    # The side only, given to the region this statement names: the statement stays about its
    # own joint ("AC arthrosis" under a right-shoulder film is the right AC joint, no finding
    # of the shoulder's other joints).
    sides |= {
        f"{base}:{r.split(':')[1]}" for r in carried for base in regions - named
        if ":" in r and related(r.split(":")[0], base)
    }  # fmt: skip
    return regions | sides


def _sides(regions: frozenset[str]) -> set[str]:
    """The sides the regions give one region: {"left", "right"} for "R knee ... L knee"."""
    return {r.split(":", 1)[1] for r in regions if ":" in r}
