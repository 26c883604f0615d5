"""A functional limit told with no body part is about the region its note is about.

Notes say how a joint limits the patient without naming the joint again: "Ortho PA f/u. L knee
OA. ... Exam L knee: effusion small, medial JLT, crepitus; R knee benign. / Functional: LEFS 36;
can't kneel, limps after 20 min walking, unable to do stairs at job" (blind wave 87, LT/ha-03).
The note reader gives a statement that names no region the region last named in its exam
section, here the right knee only called benign, so a left-knee request saw no functional
deficit. A reviewer reads that line as the left knee's: the note is about it.

So a ``same_region`` criterion keeps a functional-deficits finding whose regions are another's
when all of these hold:

- the finding's own line names no region (its regions were carried to it, not written);
- no problem block or region heading it sits under names another region ("#2 R shoulder pain"
  then "- can't reach overhead" stays the shoulder's for a knee request);
- the note is about the order's region alone: every region the note names as the patient's
  complaint is compatible with the order's (side-aware), at least one is, and none other
  competes. A region named only as normal ("R knee benign", "L hip: no pain"), denied or as
  another person's ("mother: bad knees") is no complaint; a note about two symptomatic regions
  ("L knee OA, R hip pain") is about neither alone.

Family, negated and planned findings are dropped elsewhere (counted_findings.py); this only
decides where a limit is felt.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.region_match import compatible
from ..evidence.regions import regions_in_text
from ..notes.headings import heading_regions, region_headings
from ..notes.problems import problem_blocks, problem_regions
from .injection_sites import INJECTION_CONCEPTS

#: The category whose findings are told without their region ("can't kneel", "limps").
_CATEGORY = "functional-deficits"

#: A clause: what a comma, semicolon, full stop, colon-free line break or dash ends.
_CLAUSE = lazy_re.compile(r"[^,;.\n]+")

#: A clause that names its region as no complaint: normal, benign, denied, resolved. "R knee
#: benign", "L hip: no pain", "R shoulder fine", "contralateral knee unremarkable".
_NO_COMPLAINT = lazy_re.compile(
    r"\b(?:benign|normal|nl|wnl|unremarkable|asymptomatic|non-?tender|negative|neg|fine|ok|okay"
    r"|pain[- ]?free|resolved|healed|doing\s+well|no|denies|denied|without|w/o|never)\b",
    re.IGNORECASE,
)

#: A clause about another person: "mother had bad knees", "FHx: father hip replacement".
_OTHER_PERSON = lazy_re.compile(
    r"\b(?:mother|mom|father|dad|sister|brother|son|daughter|wife|husband|spouse|family|fhx|fh"
    r"|aunt|uncle|grand(?:mother|father|ma|pa)|cousin|sibling)\b",
    re.IGNORECASE,
)


def _line_at(text: str, at: int) -> str:
    """The line of ``text`` holding position ``at``."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def complaint_regions(text: str) -> list[frozenset[str]]:
    """The regions each clause of ``text`` names as the patient's complaint (not as normal,
    denied or another person's), one set per such clause."""
    found = []
    for match in _CLAUSE.finditer(text):
        clause = match.group()
        if _NO_COMPLAINT.search(clause) or _OTHER_PERSON.search(clause):
            continue
        regions = regions_in_text(clause)
        if regions:
            found.append(regions)
    return found


def about_order_alone(text: str, order: frozenset[str]) -> bool:
    """Whether every region ``text`` names as a complaint is compatible with ``order``, and at
    least one is named (the note is about the order's region, no other competes)."""
    named = complaint_regions(text)
    return bool(named) and all(compatible(order, regions) for regions in named)


def of_note_topic(finding: Any, note_text: str, order: frozenset[str]) -> bool:
    """Whether ``finding`` (of another region than ``order`` by what was carried to it) is the
    order's region's, its note being about that region alone (see the module docstring)."""
    if finding.category != _CATEGORY or not order or not note_text:
        return False
    if not 0 <= finding.start < len(note_text):
        return False
    if regions_in_text(_line_at(note_text, finding.start)):
        return False  # the line names its own region: it says where the limit is
    placed = problem_regions(problem_blocks(note_text), finding.start) | heading_regions(
        finding.start, region_headings(note_text)
    )
    if placed and not compatible(order, placed):
        return False  # under "#2 R shoulder pain" or "L HIP:": that region's
    return about_order_alone(note_text, order)


def injection_of_another_topic(finding: Any, note_text: str, order: frozenset[str]) -> bool:
    """Whether ``finding``, a joint injection its note gives no region, is another joint's: its
    note names only other regions (or the other side) as the complaint. "L knee pain ...
    Injected with triamcinolone today. Right knee asymptomatic." injected the left knee; the
    right knee named as no complaint lends the injection nothing (brief s78-side, left from
    stop 58). A note naming no complaint, or the order's region among its complaints, keeps
    an unsided injection for the order, as before."""
    if finding.concept not in INJECTION_CONCEPTS or finding.regions or not order:
        return False
    named = complaint_regions(note_text)
    return bool(named) and not any(compatible(order, regions) for regions in named)
