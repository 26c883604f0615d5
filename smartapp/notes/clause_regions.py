"""The regions a finding is about: its clause's own ("GH joint preserved, AC arthrosis"), with
the side a statement or a spine lesion gives them.

Split out of statements.py, which reads the findings of a statement.
"""

from __future__ import annotations

import re
from typing import Any

from ..evidence.lesion_sides import lesion_side
from ..evidence.regions import regions_in_text, related, study_regions
from .report_headers import STUDY_NAMES

#: A statement that opens with a study's title, up to its colon: "XR SHOULDER LEFT 3 VIEWS:
#: severe glenohumeral OA". EHR study names give the side after the region, and a reviewer reads
#: the findings after the colon as that film's (blind wave 34, DX/tsa-02: a left film's OA was
#: counted for a right TSA, its "LEFT" unread because no side came before "SHOULDER").
_TITLE = re.compile(rf"^[ \t*\u2022-]*(?:{STUDY_NAMES})\b[^:.;\n]{{0,60}}:", re.IGNORECASE)

#: What ends a clause: a comma, a semicolon, a label's colon (a study title's: "XR SHOULDER
#: RIGHT: mild AC arthrosis" is a finding of the AC joint, not of the whole shoulder; blind wave
#: 34, DX/tsa-02), a spaced dash, or a sentence's full stop that the statement splitter kept
#: inside one statement ("... walking >15 min. h/o L knee injection": a
#: lower-case word after the stop; blind wave 32, DP/hyaluronan-03, the left knee's injection
#: counted for a right-knee request).
_CLAUSE_END = re.compile(r"[,;]|(?<!\d):(?!\d)|\s-\s|(?<=[a-z0-9)])\.\s+(?=[a-z])", re.IGNORECASE)


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
    return _sided(label, seg, start, _clause_regions(seg, start, end, regions))


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
    if len({r.split(":")[0] for r in regions}) < 2 and len(_sides(regions)) < 2:
        return regions
    text, low, high = seg.text, start - seg.start, end - seg.start
    if low < 0 or high > len(text):
        return regions
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, 0, low)]
    stop = _CLAUSE_END.search(text, high)
    clause = regions_in_text(text[cuts[-1] if cuts else 0 : stop.start() if stop else len(text)])
    # The clause's regions keep the side the statement gives them ("R knee: ..., knee crepitus").
    return carry_side(clause, regions) if clause else regions


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
