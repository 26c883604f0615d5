"""A late entry is documentation of the visit it names, written after that day.

Charts record a visit documented days or weeks later under a late-entry label ("LATE ENTRY for
visit of 12/10/2025 - documented 01/15/2026", "LATE ENTRY for 06/05/2026 visit (entered
06/12/2026)", "PT visit (late entry for 6/22)", "Late entry re: DOS 12/10/25"). A reviewer
dates what it says by that visit, not by the day it was typed: an evaluation seen on 12/10 and
signed on 01/15 is 83 days old on 03/03, however recent its signature (blind wave 26,
CP/card-03; WAVE-20.md, "a late entry ('late entry for 3/2'), a note signed weeks after the
visit it describes").

The label must name the visit ("for", "re", "regarding", "visit", "encounter", "DOS", "date of
service", "seen") before its date: "Late entry 2/17/2026 09:40 -" dates the entry itself, the
day it was written (finding_dates.entry_label_date), and moves nothing. Only a visit before the
note's own day counts. A label among a text's first lines dates the whole text; one further down
dates its own lines, from its line to the next blank line (a daily-note list with one late entry
among same-day ones, a late entry appended below a note).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .written_dates import find_dates

_LABEL = lazy_re.compile(r"\blate[ \t-]+entry\b(?P<lead>[^\n\d]{0,40}?)(?=\d)", re.IGNORECASE)
#: Words that say the date after the label is the visit's, not the entry's.
_VISIT = lazy_re.compile(
    r"\b(?:for|re|regarding|visit|encounter|appt|appointment|dos|service|seen)\b", re.IGNORECASE
)
#: How many non-blank lines from the top a label may sit on and still date the whole text.
_TOP_LINES = 3
_BLANK_LINE = lazy_re.compile(r"\n[ \t]*\n")


def late_entry_spans(text: str, note_date: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """(start, end, visit date) of each part of the text a late-entry label dates."""
    spans = []
    for label in _LABEL.finditer(text):
        if not _VISIT.search(label.group("lead")):
            continue
        dates = find_dates(text[label.end() : label.end() + 40], note_date)
        if not dates or dates[0].start != 0:
            continue
        when = dates[0].when
        if note_date is not None and when >= note_date:
            continue
        above = text[: label.start()]
        if sum(1 for line in above.splitlines() if line.strip()) < _TOP_LINES:
            spans.append((0, len(text), when))
            continue
        # From the label's line: the note's own text above it (no blank line between, often)
        # stays the note's.
        line_start = text.rfind("\n", 0, label.start()) + 1
        after = _BLANK_LINE.search(text, label.end())
        spans.append((line_start, after.start() if after else len(text), when))
    return spans
