"""Text a note says it copied from an older note is that older note's documentation.

EHR notes carry earlier notes forward ("[Copied from 12/11/2025 note] ...", "HPI (copied from
12/02/2025 PCP note):", "---- copied from 10/14/2025 ---- ... ---- end copied text ----",
"(above section copied from 12/30/2025 - reviewed)", "Last exam (from 12/01/2025 visit, copied
for reference):"). A reviewer reads such text as written on the date it names: an exam copied
into a telephone visit is not a follow-up exam, a plan copied from November is not this month's
plan. This module finds each copied span and the date it was first written; findings inside a
span carry that date (``NoteFinding.copied_from``). A marker without a date ("copied forward from
previous visit") or one saying the text was updated ("copied from 4/7/26, updated") moves
nothing: the first cannot be dated, the second is today's documentation. A faxed or outside
record pasted under a banner ("---- FAX ---- EVALUATION TEAM REPORT 10/17/2023 ... ---- END FAX
----") is the same: written on the oldest date its heading gives before the note's. So is an
exam the note restates from an earlier visit it dates ("Physical Exam (last documented
01/12/2026)", "Exam from 1/5/26:", "SLR neg per exam 12/2025"): it was examined that day
(found by :mod:`.restated_exams`).

How far a marker reaches, in order: to an explicit end marker ("end copied text"); inside its
own brackets when the copied text is there ("[Hospital course copied from 2019 admission: ...]");
back to the start of the section it closes ("above section copied ..."); to the end of its line
when text follows it on the line (the header included when the marker is the header's remark,
"Exam (copied from 9/10/25): ..."); else over the lines below it up to the next blank line.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass

from .. import lazy_re
from .late_entries import late_entry_spans
from .report_headers import study_dated_reports
from .restated_exams import restated_exam_spans
from .section_headers import header_at, header_of
from .written_dates import MONTH_PATTERN, DateMention, find_dates

#: A copy marker up to its source: "[Copied from 12/11/2025 note]", "copied 11/24/25".
MARKER = lazy_re.compile(
    r"(?:\b(?:cop(?:ied|y)(?:[- ]?(?:forward(?:ed)?|fwd))?|carried forward|pulled forward)"
    r"\s+from\b"
    # Or the date right after the word ("Last exam (copied 11/24/25): CN II-XII intact", "copied
    # on 11/24/25"): the same marker with its "from" left out (blind wave 38, EK/img-02).
    rf"|\bcop(?:ied|y)(?:[- ]?(?:forward(?:ed)?|fwd))?\s+(?:on\s+)?(?=\d{{1,2}}/\d{{1,2}}\b|"
    rf"{MONTH_PATTERN}\s+\d)"
    r"|\bfrom\b(?=[^\n()\[\]]{0,40}?,\s*copied\b)"
    # A header's own remark naming where its section came from: "HPI (from 11/2024):" (kept to
    # a section header by _header_remark).
    r"|(?<=\()\s*(?P<remark>from)\b(?=[^\n()\[\]]{0,30}\)\s*:))"
    # The source ends at a spaced dash: "carried forward from 12/01/2025 - hyaluronic acid
    # series ..." copied the text after the dash (brief s68-k), no part of its source.
    r"(?P<source>(?:(?!\s[-\u2013]\s)[^\n()\[\]*:]){0,60})",
    re.IGNORECASE,
)
_END = lazy_re.compile(r"\bend(?: of)? cop(?:ied|y)\w*(?: text)?\b", re.IGNORECASE)
_UPDATED = lazy_re.compile(r"\b(?:and |, ?)?updated\b", re.IGNORECASE)
_CLOSERS = {"[": "]", "(": ")"}
#: A bracketed marker inside its statement, the statement going on after it past a spaced dash
#: ("Hyalgan x5 2/2025-3/2025 [copied from 12/01/2025 visit] - relief ~8 months"): the whole
#: line is the copied text, not only what follows the marker (brief s68-k).
_DASH_ON = lazy_re.compile(r"\s*[-\u2013]\s")
_BLANK_LINE = lazy_re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class CopiedSpan:
    """Characters [start, end) of a note were copied from a note written on ``written``."""

    start: int
    end: int
    written: dt.date
    #: a late entry's visit (late_entries.py), not text copied forward: shown as such.
    late_entry: bool = False


def _opener(text: str, at: int) -> str:
    """The bracket the marker sits in on its line, if any ("[Copied from ...]")."""
    line_start = text.rfind("\n", 0, at) + 1
    for index in range(at - 1, line_start - 1, -1):
        if text[index] in "])":
            return ""
        if text[index] in _CLOSERS:
            return text[index]
    return ""


def _reach(text: str, marker: re.Match[str]) -> tuple[int, int]:
    """The span a marker covers (see the module docstring for the order of the rules)."""
    after = marker.end()
    ending = _END.search(text, after, min(len(text), after + 4000))
    if ending:
        return after, ending.start()
    line_start = text.rfind("\n", 0, marker.start()) + 1
    line_end = text.find("\n", after)
    line_end = len(text) if line_end < 0 else line_end
    unit_start = marker.start()
    opener = _opener(text, marker.start())
    if opener:
        unit_start = text.rfind(opener, line_start, marker.start())
        close = text.find(_CLOSERS[opener], after, line_end)
        close = line_end if close < 0 else close
        inside = text[after:close]
        if ":" in inside and inside.split(":", 1)[1].strip():
            return after, close  # "[Hospital course copied from 2019 admission: s/p CABG ...]"
        after = min(close + 1, line_end)
    if "above" in text[max(0, marker.start() - 30) : marker.start()].lower():
        starts = [blank.end() for blank in _BLANK_LINE.finditer(text, 0, marker.start())]
        return (starts[-1] if starts else 0), unit_start
    rest = text[after:line_end].strip(" \t:-*.")
    before = text[line_start:unit_start].strip(" \t:-*")
    if opener and before and not text[after:line_end].strip(" \t."):
        return line_start, unit_start  # "... no h/o cancer. [copied from 5/14 note]": what precedes
    if opener and before and _DASH_ON.match(text, after, line_end):
        return line_start, line_end  # "... 2/2025-3/2025 [copied from 12/01/2025] - relief ~8 mo"
    if rest:
        header = header_at(text[line_start:line_end]) if opener else None
        if header and (
            line_start + header[1] >= after or not text[line_start + header[1] : unit_start].strip()
        ):
            # "Exam (copied from 9/10/25): tenderness, SLR neg": the marker is the header's own
            # remark, so the header is the copied section's label and the statement it opens
            # (an exam section's own finding starts there) is the older note's (blind wave 33,
            # DS/lumbar-mri-02: read as this visit's follow-up exam). So is a marker standing
            # first after the header ("Exam: [copied from 05/01/2026] SLR + L": blind wave 35,
            # DY/lmri-03): it labels all the header's statement, not only what follows it.
            return line_start, line_end
        return after, line_end
    blank = _BLANK_LINE.search(text, line_end)
    end = blank.start() if blank else len(text)
    return line_end, _next_section(text, line_end, end, header_of(text[line_start:line_end]))


#: A header that says its section is this visit's ("Neuro exam today: ***", "Exam this visit:").
_TODAY = lazy_re.compile(r"\b(?:today|this visit|current(?:ly)?|now)\b", re.IGNORECASE)


def _next_section(text: str, start: int, end: int, own: str | None) -> int:
    """Where the copied lines below a marker's header stop short of ``end``: at the next section
    header of another kind ("EXAM (copied from 04/11/2023 visit):" then "A/P: ...": the plan is
    the note's own, blind wave 15 AX/spine-04), or one of its own kind that says it is this
    visit's ("Neuro exam today: ***"). Notes with no blank line between sections ran the copy to
    their end."""
    position = start + 1  # ``start`` is the end of the header's own line
    while position < end:
        line_end = text.find("\n", position)
        line_end = end if line_end < 0 or line_end > end else line_end
        line = text[position:line_end]
        kind = header_of(line)
        if kind is not None and (kind != own or _TODAY.search(line.split(":", 1)[0])):
            return position
        position = line_end + 1
    return end


#: A faxed or outside record pasted under a banner ("---- FAX ----  EVALUATION TEAM REPORT
#: 10/17/2023", "---- FAXED RECORD, 5/19/2026 09:12 ----"), up to its closing banner ("---- END
#: FAX ----", a line of dashes) or the end of the note.
_FAX_OPEN = lazy_re.compile(
    r"^[ \t]*[-=*_]{2,}[ \t]*(?:begin[ \t]+)?(?:fax(?:ed)?|outside)\b[^\n]*$", re.I | re.M
)
_FAX_CLOSE = lazy_re.compile(
    r"^[ \t]*[-=*_]{2,}[ \t]*(?:end\b[^\n]*)?$", re.IGNORECASE | re.MULTILINE
)
_BIRTH = lazy_re.compile(r"\b(?:dob|d\.o\.b\.?|birth\w*|born)\W{0,3}$", re.IGNORECASE)


def _faxed_spans(text: str, note_date: dt.date | None) -> list[CopiedSpan]:
    """Pasted faxed records, dated by the oldest date their heading gives before the note's
    (the report's own date, not the fax's time stamp or a date of birth): a 2023 school
    evaluation faxed into a 2026 note is 2023 documentation (blind wave 11)."""
    spans = []
    for banner in _FAX_OPEN.finditer(text):
        heading_end = text.find("\n", banner.end() + 1)
        heading = text[banner.start() : len(text) if heading_end < 0 else heading_end]
        dates = [m.when for m in find_dates(heading, note_date)
                 if not _BIRTH.search(heading[: m.start])
                 and (note_date is None or m.when < note_date)]  # fmt: skip
        if not dates:
            continue
        close = _FAX_CLOSE.search(text, banner.end() + 1)
        spans.append(CopiedSpan(banner.end(), close.start() if close else len(text), min(dates)))
    return spans


#: A month and year with no day: "11/2025", "Nov 2025".
_MONTH_ONLY = lazy_re.compile(rf"(?:{MONTH_PATTERN}\s+\d{{4}}|\d{{1,2}}/\d{{4}})", re.IGNORECASE)


def _written(source: str, mention: DateMention, note_date: dt.date | None) -> dt.date:
    """The day a copy marker dates its text to. A marker naming only a month ("HPI (copied from
    11/2025)") says the text was written some day in that month, not on its first: it is read at
    the month's last day (before the note), so that a 180-day window counted back from a May 4
    request keeps a November note (blind wave 37, EJ/hya-02), as a reviewer reading "from
    11/2025" as "about six months ago" does. Older text stays far out of any window."""
    if not _MONTH_ONLY.fullmatch(source[mention.start : mention.end].strip()):
        return mention.when
    last = mention.when.replace(day=monthrange(mention.when.year, mention.when.month)[1])
    if note_date is not None and last >= note_date:
        return mention.when
    return last


def _header_remark(text: str, marker: re.Match[str]) -> bool:
    """Whether a "(from <date>):" marker is a section header's remark, as "HPI (from 11/2024):
    bilateral hip pain ..." is: the HPI carried forward from a 2024 note into a 2026 visit (blind
    wave 37, EJ/tha-02, whose current text says the patient walks 2 miles). A reviewer reads it
    as the older note's history, as "HPI (copied from 11/2024):"; "from" alone elsewhere
    ("pain (from 2019)") is no such label."""
    line_start = text.rfind("\n", 0, marker.start()) + 1
    line_end = text.find("\n", marker.end())
    header = header_at(text[line_start : len(text) if line_end < 0 else line_end])
    return header is not None and line_start + header[1] >= marker.end()


def copied_spans(text: str, note_date: dt.date | None) -> list[CopiedSpan]:
    """Every dated copied span of the note's text, pasted faxed records and exams restated
    from an earlier visit included."""
    spans = _faxed_spans(text, note_date)
    # An outside study report filed on the day it came in is the study's (report_headers.py).
    spans += [
        CopiedSpan(start, end, when)
        for start, end, when in study_dated_reports(text, note_date)
        if not any(s.start < end and start < s.end for s in spans)
    ]
    for marker in MARKER.finditer(text):
        source = marker.group("source")
        if marker.group("remark") and not _header_remark(text, marker):
            continue
        if _UPDATED.search(source) or _UPDATED.search(text[marker.end() : marker.end() + 20]):
            continue
        mentions = find_dates(source, note_date)
        if not mentions or (note_date is not None and mentions[0].when >= note_date):
            continue
        start, end = _reach(text, marker)
        if end > start:
            spans.append(CopiedSpan(start, end, _written(source, mentions[0], note_date)))
    # An exam that names its date beside a copy marker ("Last exam (from 12/01/2025 visit,
    # copied for reference):") is the marker's: counted once.
    spans += [
        CopiedSpan(start, end, when)
        for start, end, when in restated_exam_spans(text, note_date)
        if not MARKER.search(text, start, end)
        and not any(s.start < end and start < s.end for s in spans)
    ]  # fmt: skip
    # Last, so text copied into a late entry keeps its own, older date (span_at: first wins).
    late = late_entry_spans(text, note_date)
    return spans + [CopiedSpan(*span, late_entry=True) for span in late]


def span_at(position: int, spans: list[CopiedSpan]) -> CopiedSpan | None:
    """The span that dates the text at ``position`` (when it was first written), if any."""
    for span in spans:
        if span.start <= position < span.end:
            return span
    return None
