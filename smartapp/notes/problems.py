"""Problem blocks of a problem-oriented assessment and plan: the body region each numbered
problem names, for the statements written under it.

Epic and most templates write the assessment and plan problem by problem ("1. Lumbar
radiculopathy, R (M51.16)" then its history, exam and plan; "2. Primary OA R knee (M17.11)"
then "Completed 6 wks PT for the knee ... Continues HEP for quads."). A statement under a
problem that names no region of its own is about that problem's region, so a knee's home
exercise program is no conservative care for a lumbar MRI (blind wave 13, AO/lmri-02).

A problem heading is a numbered line ("1.", "2)", "#2", "Problem 2:") whose title is a diagnosis:
it carries an ICD-10 code ("(M17.11)") or is a short title (six words at most, no sentence
inside it: "2. L knee OA:"), and names a body region. Its block runs to the next numbered line or
a blank line; a numbered line that names no region ("2. Naproxen 500 mg BID.") carries nothing.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.regions import regions_in_text

_NUMBERED = lazy_re.compile(
    r"^[ \t]*(?:#[ \t]*\d{1,2}\.?|\d{1,2}[.)]|problem[ \t]*#?[ \t]*\d{1,2}[.:)]?)[ \t]+(\S.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_ICD10 = lazy_re.compile(r"[(\[]\s*[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\s*[)\]]")
_SENTENCE = lazy_re.compile(r"[.;]\s+\S")
_BLANK = lazy_re.compile(r"\n[ \t]*\n")


def _title_regions(title: str) -> frozenset[str]:
    """The regions a numbered line's title names when the title is a diagnosis."""
    short = len(title.split()) <= 6 and not _SENTENCE.search(title.rstrip(" .:"))
    return regions_in_text(title) if _ICD10.search(title) or short else frozenset()


def problem_blocks(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, regions) of each problem block of ``text`` whose heading names a region."""
    numbered = list(_NUMBERED.finditer(text))
    blanks = [m.start() for m in _BLANK.finditer(text)]
    blocks = []
    for index, line in enumerate(numbered):
        regions = _title_regions(line.group(1))
        if not regions:
            continue
        end = numbered[index + 1].start() if index + 1 < len(numbered) else len(text)
        end = min([b for b in blanks if b > line.start()] + [end])
        blocks.append((line.start(), end, regions))
    return blocks


def problem_regions(blocks: list[tuple[int, int, frozenset[str]]], at: int) -> frozenset[str]:
    """The regions of the problem block holding position ``at`` (none outside every block)."""
    return next((regions for start, end, regions in blocks if start <= at < end), frozenset())


#: What joins a problem-list entry to its remark: the list is cut there ("L shoulder impingement
#: - s/p steroid inj 9/2025 (helped)"), but the remark is still the problem's.
_REMARK_DASH = lazy_re.compile(r"\s+[-–]\s+")
#: A cut inside the entry's own parentheses: "cervicalgia (2019, treated w/ PT x6 wks -
#: resolved)" is cut at the comma and the dash, and each piece is still the neck's.
_CUT = lazy_re.compile(r"\s*[,;]\s*|\s+[-–]\s+")


def open_parenthesis(text: str, start: int) -> int | None:
    """Where the parenthesis holding ``start`` opens, when it opens on its line and is not
    closed before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    depth = 0
    for position in range(start - 1, line_start - 1, -1):
        char = text[position]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                return position
            depth -= 1
    return None


def _in_open_parenthesis(text: str, before_end: int, start: int) -> bool:
    """Whether ``start`` lies inside a parenthesis opened on its line before ``before_end`` (in
    the entry a statement cut from) and not yet closed."""
    opened = open_parenthesis(text, start)
    return opened is not None and opened < before_end


def remark_regions(
    text: str, before: tuple[int, frozenset[str]] | None, start: int
) -> frozenset[str]:
    """The regions a problem-list remark that names none takes from its problem: the statement
    cut from it by a dash alone (``before`` is that statement's end and regions). A list keeps
    cutting there (a medication's "- not taking" is its own statement), but "s/p steroid inj
    9/2025" written after "L shoulder impingement -" is the shoulder's injection, not one of
    every region (blind wave 33, DT/hya-02: counted as the knee's steroid injection).

    So is a remark inside the problem's parentheses, wherever the list cut it: "Problem list:
    cervicalgia (2019, treated w/ PT x6 wks - resolved)" is the neck's PT, not the lumbar
    disc's nonoperative care (blind wave 44, FI/spine-03)."""
    if before is None:
        return frozenset()
    gap = text[before[0] : start]
    if _REMARK_DASH.fullmatch(gap):
        return before[1]
    if _CUT.fullmatch(gap) and _in_open_parenthesis(text, before[0], start):
        return before[1]
    return frozenset()
