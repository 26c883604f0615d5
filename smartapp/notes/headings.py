"""Region headings: in a note about several problems, what is written under "L KNEE:" is about
the left knee.

Multi-problem visit notes head each problem's lines with its body part ("L SHOULDER: pain since
Sept 2024 ...", "L KNEE: worsening medial pain. XR today (2/16) severe medial OA."). A statement
under such a heading that names no region of its own ("XR today severe medial OA") is about the
heading's region, not a region that names none and so matches any order (blind wave 13,
AP/tsa-03: a knee film counted as the shoulder's). A heading reaches over the rest of its line
and the lines that continue it, up to a blank line, the next labelled line ("Meds: ...",
"R knee: ...") or a section header ("O:", "A/P:").
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.other_side import OTHER
from ..evidence.regions import regions_in_text
from .section_headers import header_of

#: A line's label: a few words before a colon ("L SHOULDER:", "Right knee:", "Low back pain:"),
#: a side in brackets among them ("Contralateral (R) knee:", blind wave 93, MS/kas-03).
_LABEL = lazy_re.compile(
    r"^[ \t#*>•-]*(?P<label>[A-Za-z][A-Za-z /&'()-]{0,40}?)[ \t]*:", re.MULTILINE
)
_MAX_LABEL_WORDS = 4
#: A label that names the region as the other one, no determiner needed as a heading: "Other
#: knee:", "Opposite knee:" (in running text "other knee" may mean further joints: other_side.py).
_OTHER_LABEL = lazy_re.compile(r"^(?:other|opposite|contralateral)\s", re.IGNORECASE)


def _label(line: str) -> str | None:
    match = _LABEL.match(line)
    if match is None or len(match["label"].split()) > _MAX_LABEL_WORDS:
        return None
    return match["label"]


def _label_regions(label: str) -> frozenset[str]:
    """The regions a heading's label names, "Other knee" the other knee's."""
    regions = regions_in_text(label)
    if regions and _OTHER_LABEL.match(label) and not any(":" in r for r in regions):
        regions |= {f"{region}:{OTHER}" for region in regions}
    return regions


def region_headings(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, regions) of each span of ``text`` under a region heading."""
    spans: list[tuple[int, int, frozenset[str]]] = []
    lines = text.splitlines(keepends=True)
    position, index = 0, 0
    starts = []
    for line in lines:
        starts.append(position)
        position += len(line)
    while index < len(lines):
        label = _label(lines[index])
        regions = _label_regions(label) if label else frozenset()
        if not regions:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].strip() and not _label(lines[end]):
            if header_of(lines[end]) is not None:
                break
            end += 1
        stop = starts[end] if end < len(lines) else len(text)
        spans.append((starts[index], stop, regions))
        index = end
    return spans


def heading_regions(position: int, spans: list[tuple[int, int, frozenset[str]]]) -> frozenset[str]:
    """The regions of the heading ``position`` lies under (empty when none)."""
    for start, end, regions in spans:
        if start <= position < end:
            return regions
    return frozenset()
