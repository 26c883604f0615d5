"""A deficit named as a goal's target is no deficit the patient has (brief s65-h).

Therapy goals are written as lists of what the patient is to do: "Goals: follow 2-step directions
80%; intelligibility to unfamiliar listeners 90%", "STG: amb 150 ft w/o AD; indep stairs w/ rail;
don jacket indep", "LTG (8 wks): return to full duty; lift 50 lb floor to waist". Each item after
the first is its own statement (cut at ';' or a list bullet), so the "goal" word no longer stands
in its clause, and the target was read as the limit itself ("intelligibility to unfamiliar
listeners" as the communication deficit of SLP-003, "floor to waist" as a lifting limit): a gap
called met. A goal is where the patient is to get, not where they are (LCD L34563 and the therapy
checklists ask for the deficit measured now).

So a deficit is a goal's aim when its statement sits under a GOALS header (the section
:mod:`.segments` carries until the next header), or on a line that opens with a goal label that
is no header of its own ("Goal 1:", "STGs:", "Long term goal:"), however many ';' or numbered
items come between. Not when the statement or the label says where the patient is now
("currently 50 ft", "baseline ~40%", "still", work_status.NOW), that the goal is not met, or
that the patient is unable: that names the deficit. A deficit before the goal on its line ("Pt
unable to amb > 50 ft; goal 150 ft") or under another label ("Problems: unintelligible to
strangers; Goals: ...") is no aim.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .section_headers import header_at, header_of
from .segments import Segment
from .work_status import NOW

#: What a patient can or cannot do: the categories and concepts a goal's target would be read as.
_DEFICIT_CATEGORIES = frozenset({"functional-deficits"})
_DEFICIT_CONCEPTS = frozenset({"communication-limitation", "mradl-limitation"})
#: A score under GOALS is a measure whose targets the progress-report reader already sets apart
#: (checklists/denied_reports.py); "LEFS 32 -> goal 60" holds today's score too.
_MEASURES = frozenset({"functional-score"})
#: What may stand before a goal label at a line's start: a bullet, and whose or what goals they
#: are ("Pt goals:", "Treatment goals:", "Rehab LTG:"). The label itself ("Goal:", "Goal 1:",
#: "STG #2 -", "LTGs (12 wk):", "Long-term goal:") is a goals header of sections.yaml, read by
#: section_headers (its one list); here it labels its line only, not a section.
_LABEL_LEAD = lazy_re.compile(
    r"^\W*(?:(?:pt|patient|treatment|tx|therapy|functional|rehab)\W*s?\s+)?", re.IGNORECASE
)
#: Where the patient is, said in the goal's line: a baseline, or a goal not (yet) met.
_STANDS = lazy_re.compile(
    r"\b(?:baseline|plof|clof|initial(?:ly)?|(?:not|un|partially)\s*(?:yet\s+)?"
    r"(?:met|achieved|reached|attained))\b",
    re.IGNORECASE,
)
#: An inability said outright: a goal says what the patient is to do, never "unable to" (a line
#: under GOALS that does is the baseline the goal starts from: "- pt unable to walk > 50 ft").
_INABILITY = lazy_re.compile(
    r"\b(?:unable|can'?t|cannot|can\s+not|not\s+able|difficulty|trouble|struggles?)\b",
    re.IGNORECASE,
)


def _says_where_now(text: str) -> bool:
    return bool(NOW.search(text) or _STANDS.search(text) or _INABILITY.search(text))


def aimed_deficit(category: str, concept: str, note_text: str, seg: Segment, start: int) -> bool:
    """True when a deficit (``category``/``concept``) found at ``start`` in the statement ``seg``
    is a goal's target: under a GOALS header, or after a goal label that opens its line, none of
    it saying where the patient stands now."""
    if concept in _MEASURES or (
        category not in _DEFICIT_CATEGORIES and concept not in _DEFICIT_CONCEPTS
    ):
        return False
    if _says_where_now(seg.text):
        return False
    if seg.section == "goals":
        return True
    if seg.section or header_at(seg.text):
        return False  # a statement under a header of its own ("Problems: ...") is that section's
    line_start = note_text.rfind("\n", 0, seg.start) + 1
    before = note_text[line_start:start]
    lead = _LABEL_LEAD.match(before)
    label = before[lead.end() :] if lead else before
    return header_of(label) == "goals" and not _says_where_now(before)
