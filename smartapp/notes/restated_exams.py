"""An exam a note restates from an earlier visit is documentation of that visit's day.

Notes restate an earlier exam and say which visit it was: a header ("Physical Exam (last
documented 01/12/2026)", "Exam from 1/5/26:", "Physical Exam (last filed 01/06/2026):"), a
statement that cites it ("SLR neg per exam 12/2025", "(per 12/01/2025 exam)"), or an exam line
closed by a note of where it came from ("Exam: lungs clear. (exam from 2/2/26 visit)"). A
reviewer reads it as examined that day, not on the note's: a video visit restating the first
exam is no follow-up exam (blind wave 13). This module finds each such span and the day it
names; :mod:`.copied` dates the findings inside it, as it does text copied forward.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .clause_spans import clause_around
from .section_headers import header_of
from .written_dates import find_dates

#: An exam restated from an earlier visit, with that visit's date in its own words: a header
#: "Physical Exam (last documented 01/12/2026)", "Exam from 1/5/26:", or a statement "neuro
#: intact per exam 12/2025", "(per 12/01/2025 exam)". The date must name the exam, not an event
#: the exam mentions ("paraplegia (MVC 2019)").
_EXAM = (
    r"(?:(?:physical|focused|neuro(?:logic(?:al)?)?|musculoskeletal|msk)\s+)?"
    r"(?:exam(?:ination)?|(?-i:PE))"
)
#: "(last documented 01/12/2026)", "from 1/5/26", and "(per exam on 01/06/2026)", "(per 1/6/26
#: visit)", "(per note of 01/06/2026)" (blind wave 13: a video visit restating the first exam).
#: An EHR re-displaying a filed section says when it was filed: "(last filed 01/06/2026)", "(as
#: of 01/06/2026)", "- from visit of 01/06/2026" (blind wave 26, CQ/lmri-03: an MRI order note).
_POINTER = (
    r"(?:(?:last|previously)\s+)?(?:documented|recorded|done|performed|filed|charted|entered)|"
    r"(?:from|of|at)\s+(?:the\s+|last\s+)?(?:visit|encounter|note|appointment)\s+(?:of|on|dated)|"
    r"as\s+of|from|of|on|dated|at|"
    r"per(?:\s+(?:the\s+)?(?:exam(?:ination)?|visit|note|office\s+visit))?"
    r"(?:\s+(?:on|of|from|dated))?"
)
_EXAM_HEADER = lazy_re.compile(
    rf"^[ \t#*>\-]*(?:(?:left|right|lt|rt|l|r|knee|shoulder|hip|spine|lumbar|cervical)\.?\s+)?"
    rf"{_EXAM}\s*(?:[(\[]|[-\u2013](?=\s*[a-z]))?\s*(?:{_POINTER})\b"
    rf"(?P<when>[^\n:()\[\]]{{1,40}})[)\]]?[ \t]*(?::|$)",
    re.IGNORECASE | re.MULTILINE,
)
_EXAM_CITED = lazy_re.compile(
    rf"\b(?:per|on|from)\s+(?:(?:the|her|his|my|last|prior|previous)\s+)?{_EXAM}\s+"
    rf"(?:(?:from|of|on|dated)\s+)?(?P<when>[^\n.;:,()]{{1,30}})"
    rf"|\b(?:per|from)\s+(?:the\s+)?(?P<when2>[\d/]{{3,10}}|[A-Za-z]{{3,9}}\.?\s+\d{{4}})\s+"
    rf"(?:{_EXAM}|visit|office visit)\b",
    re.IGNORECASE,
)
#: ...or an exam line closed by a note of where it came from: "Exam: lungs clear. No clubbing.
#: (exam from 2/2/26 visit)", "SLR + L (from 12/01/2025 exam)" (a coordinator's summary restating
#: the last visit's exam): the whole line was examined that day.
_EXAM_CLOSING = lazy_re.compile(
    rf"[ \t]*\(\s*(?:{_EXAM}\s+(?:from|of|on|dated)\s+(?P<when>[^()\n]{{1,25}}?)"
    rf"(?:\s+(?:office\s+)?visit)?|(?:from|per)\s+(?:the\s+)?(?P<when2>[^()\n]{{1,25}}?)\s+{_EXAM})"
    rf"\s*\)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_STATEMENT_END = lazy_re.compile(r"[.;]\s|\n")
#: A statement that turns from the restated exam to what is done now: the plan, a referral, or
#: what a result will decide. An order note's "Exam from 02/19/2026: R SLR +, R EHL 4/5. Failed
#: PT. Post-laminectomy; if recurrent HNP, refer neurosurgery" restates the exam, not the plan
#: written with the order (blind wave 40, EV/lumbar-mri-03). "Pain referred to buttock" is exam.
_NOT_EXAM = lazy_re.compile(
    r"^\s*(?:\W\s*)?(?:(?:plan|a/p|assessment|impression|recommend\w*)\b|if\b|refer\s|referral\b)"
    r"|->|\u2192",
    re.IGNORECASE,
)


def _exam_end(text: str, start: int, end: int) -> int:
    """Where a restated exam running from ``start`` stops short of ``end``: at the first
    statement after its opening one that is the plan, not the exam (``_NOT_EXAM``)."""
    for boundary in _STATEMENT_END.finditer(text, start, end):
        stop = _STATEMENT_END.search(text, boundary.end(), end)
        statement = text[boundary.end() : stop.start() if stop else end]
        if _NOT_EXAM.search(statement):
            return boundary.end()
    return end


def _earlier(said: str, note_date: dt.date | None) -> dt.date | None:
    """The first date ``said`` begins with, when it is before the note's own day."""
    dates = find_dates(said, note_date)
    if not dates or dates[0].start > 3:
        return None
    when = dates[0].when
    return when if note_date is None or when < note_date else None


def restated_exam_spans(text: str, note_date: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """Exams a note restates from an earlier visit it dates (see ``_EXAM_HEADER``): a header's
    span runs over the rest of its line when text follows it there, else over the lines below
    it up to the next section header that is not the exam's own (exam grids are often one row
    per paragraph, under an "Exam | Finding" header row); a cited exam's span is its own
    statement."""
    spans = []
    for match in _EXAM_HEADER.finditer(text):
        when = _earlier(match.group("when").strip(), note_date)
        if when is None:
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        # With the exam on the header's line, the header opens the restated statement ("Physical
        # Exam (last filed 01/06/2026): Lumbar TTP R."), and the section runs on below it as the
        # note's reading of sections does (blind wave 26, CQ/lmri-03).
        start = match.start() if text[match.end() : line_end].strip() else line_end
        end, position = len(text), line_end + 1
        while position < len(text):
            next_end = text.find("\n", position)
            next_end = len(text) if next_end < 0 else next_end
            if header_of(text[position:next_end]) not in (None, "exam"):
                end = position
                break
            position = next_end + 1
        spans.append((start, _exam_end(text, match.end(), end), when))
    closed = []
    for match in _EXAM_CLOSING.finditer(text):
        when = _earlier((match.group("when") or match.group("when2")).strip(), note_date)
        if when is not None:
            closed.append((match.start(), match.end()))
            spans.append((text.rfind("\n", 0, match.start()) + 1, match.start(), when))
    for match in _EXAM_CITED.finditer(text):
        if any(start <= match.start() < end for start, end in closed):
            continue  # the closing note of a line already dated (above)
        when = _earlier((match.group("when") or match.group("when2")).strip(), note_date)
        if when is None:
            continue
        spans.append((*clause_around(text, match.start(), match.end(), _STATEMENT_END), when))
    return spans
