"""A study report's own date: an outside imaging report pasted or faxed in is the study's.

An outside MRI report reaches the record as a scanned fax or pasted text, filed on the day it was
received ("*** OUTSIDE RECORDS RECEIVED VIA FAX 03/30/2026 *** ... EXAM: MRI CERVICAL SPINE W/O
CONTRAST   DATE OF EXAM: 12/03/2024"; "MIAMI VALLEY IMAGING / MRI C-SPINE W/O   DOS 06/11/2025"
filed 2026-08-30). A reviewer reads its findings as of the exam date the report's header gives,
not the filing date: a 16-month-old MRI is not imaging of the last 12 months (AK/spine-04,
AS/spine-04, laid bare in blind wave 17 when a cervical fusion stopped needing SPS-007).

The header gives that date as a labelled study date ("date of exam", "exam date", "study date",
"date of study", "date performed") or a date of service ("DOS", "date of service"), on a line that
names the imaging, electrodiagnostic or sleep study (MRI, CT, X-ray, ultrasound, EMG, PSG ...),
or as the date that ends a report's title line ("MRI LUMBAR SPINE 10/02/2025", "XR R shoulder
02/11/2025: superior migration ..." under a fax banner: blind wave 18, BI/tsa-02), among the
text's first lines, before the text's own date; an order's "face-to-face exam date" names none.
The report runs from that line to the end of the text, or to where the text turns into a visit
note (a plan or an exam section, on a line of its own or after a sentence's end inside a line)
or a pasted fax closes. A clinic note's "DOS" without a study
named, a study date written further down a note ("MRI C-spine from 12/03/2024 shows ..." in the
HPI) and a date on or after the note's own are not report headers; the first stays the note's,
the second dates only its own statement (an event's written date, finding_dates.py).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .section_headers import header_of
from .written_dates import find_dates

#: How many non-blank lines from the top of a text a report header may sit on (a fax banner, the
#: sender, the patient line, then the exam line).
HEADER_LINES = 5
_STUDY_DATE = lazy_re.compile(
    r"\b(?:date\s+of\s+(?:exam(?:ination)?|study|procedure|imaging)|exam(?:ination)?\s+date"
    r"|study\s+date|date\s+performed)\b\s*[:#.=-]?\s*",
    re.IGNORECASE,
)
#: The studies a report's header or title names.
STUDY_NAMES = (
    r"mri|mra|ct|cta|x-?rays?|xr|radiographs?|ultrasound|sonogram|mammogram|emg|ncs"
    r"|myelogram|pet|bone scan|dexa"
)
#: A report's title line: the study named first (after a bullet or an "Exam:" label), then only
#: words of region, side and technique up to the date ("CT CHEST W/O CONTRAST 01/02/2026").
_TITLE = lazy_re.compile(
    r"^[ \t*\u2022-]*(?:(?:exam|study|procedure)\s*:\s*)?"
    rf"(?:{STUDY_NAMES})\b[a-z/().&,\s-]{{0,60}}?(?=\d)",
    re.IGNORECASE,
)
#: A sentence about a study, not a report's title: "MRI C-spine from 12/03/2024 shows ...".
_NOT_TITLE = lazy_re.compile(
    r"\b(?:from|on|dated|done|in|at|was|were|showed|shows|per)\b", re.IGNORECASE
)
_TITLE_END = lazy_re.compile(r"\s*(?::|$)")
_SERVICE_DATE = lazy_re.compile(r"\b(?:dos|date\s+of\s+service)\b\s*[:#.=-]?\s*", re.IGNORECASE)
#: A labelled header line also takes "US" (ultrasound); a title line, with no label to lean on,
#: does not.
#: A sleep study's header too, by its label only ("HOME SLEEP APNEA TEST REPORT (Type III device)
#: Study date: 01/29/2026" faxed in on 2/03): the test was performed on its study date, and the
#: evaluation LCD L33718 asks for must come before that day, not before the fax (blind wave 100,
#: NS/cpap-01).
_SLEEP_STUDY = (
    r"psg|npsg|hst|hsat|polysomnogra\w*|watchpat|sleep\s+(?:apnea\s+)?(?:test|study)"
    r"|home\s+sleep\s+(?:apnea\s+)?test"
)
_STUDY = lazy_re.compile(rf"\b(?:{STUDY_NAMES}|us|{_SLEEP_STUDY})\b", re.IGNORECASE)
#: A visit's words before the label: the date is the visit's, whatever study the line names.
_VISIT_LABEL = lazy_re.compile(
    r"\b(?:face[- ]to[- ]face|f2f|visit|consult\w*|evaluation|eval|office)\W*$", re.IGNORECASE
)
#: Where a report pasted into a visit note gives way to the note: its plan or exam, or the
#: closing banner of a pasted fax ("---- END FAX ----").
_NOTE_SECTIONS = frozenset({"plan", "exam"})
_FAX_CLOSE = lazy_re.compile(r"^[ \t]*[-=*_]{2,}[ \t]*end\b", re.IGNORECASE)
#: The same turn written inside a line, after a sentence's end: a terse visit note that opens on
#: the study it restates ("MRI 6/15: complete ACL tear, bone bruise. Prehab PT 6 wks done ...
#: Plan L ACL reconstruction w/ BTB autograft", blind wave 103, OC/kas-03) plans on its own day,
#: not the study's. A report has an impression and recommendations, never the visit's "Plan"; an
#: exam's label is left out inline, as a report's own "EXAM: MRI C-spine" names its study.
_INLINE_TURN = lazy_re.compile(
    r"(?<=[.;])\s+(?P<turn>(?:a/p|a&p|p)\s*:|plans?\b"
    r"|(?:assessment|impression)\s*(?:/|and|&)\s*plan\b)",
    re.IGNORECASE,
)


def _header_date(line: str, note_date: dt.date) -> dt.date | None:
    """The study date a report header line gives right after its label, before the note's."""
    if not _STUDY.search(line):
        return None  # "face-to-face exam date: 2026-01-12" on an order dates a visit, not a study
    for label in [*_STUDY_DATE.finditer(line), *_SERVICE_DATE.finditer(line)]:
        if _VISIT_LABEL.search(line, 0, label.start()):
            continue  # "F2F exam date: 01/14/2026 (prior to HST)": the visit's day, no study's
        dates = find_dates(line[label.end() :], note_date)
        if dates and dates[0].start == 0 and dates[0].when < note_date:
            return dates[0].when
    title = _TITLE.match(line)
    if title is None or _NOT_TITLE.search(title.group(0)):
        return None
    dates = find_dates(line[title.end() :], note_date)
    # The title's date closes it: the line ends or the findings follow a colon.
    rest = line[title.end() + dates[0].end :] if dates else ""
    if dates and dates[0].start == 0 and dates[0].when < note_date and _TITLE_END.match(rest):
        return dates[0].when
    return None


def study_dated_reports(text: str, note_date: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """(start, end, study date) of the study report the text opens with, if its header dates it
    before the note (see the module docstring); none for a text with no date of its own."""
    if note_date is None:
        return []
    position, seen = 0, 0
    while position < len(text) and seen < HEADER_LINES:
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        line = text[position:line_end]
        if line.strip():
            seen += 1
            when = _header_date(line, note_date)
            if when is not None:
                turn = _INLINE_TURN.search(line)
                end = position + turn.start("turn") if turn else _report_end(text, line_end)
                return [(position, end, when)]
        position = line_end + 1
    return []


def _report_end(text: str, position: int) -> int:
    """Where the report that started before ``position`` ends (see the module docstring)."""
    while position < len(text):
        line_end = text.find("\n", position + 1)
        line_end = len(text) if line_end < 0 else line_end
        raw = text[position:line_end]
        line = raw.strip("\n")
        if header_of(line) in _NOTE_SECTIONS or _FAX_CLOSE.match(line):
            return position
        if turn := _INLINE_TURN.search(line):  # offsets in ``line``, past its leading break
            return position + len(raw) - len(raw.lstrip("\n")) + turn.start("turn")
        position = line_end
    return len(text)
